using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using MySqlConnector;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>The run's table in Markdown, named by date and commit so that two runs can be compared side by side.</summary>
internal sealed record MarkdownReport(string FileName, string Text)
{
    public static async Task<MarkdownReport> CreateAsync(BenchOptions options, string connectionString, IReadOnlyList<Figure> figures, CancellationToken cancellationToken)
    {
        var commit = Git("rev-parse --short HEAD") ?? "nocommit";
        var dirty = string.IsNullOrEmpty(Git("status --porcelain --untracked-files=no")) ? string.Empty : "-dirty";
        var date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // A partial table (--only) never takes the name of a full run's file.
        var mode = (options.Quick ? "-quick" : string.Empty) + (options.Only is null ? string.Empty : "-partial");
        var machine = string.Create(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):F0} GiB, {RuntimeInformation.OSDescription}, ") +
            $"{RuntimeInformation.FrameworkDescription}, MariaDB {await ServerVersionAsync(connectionString, cancellationToken)}. Host, load generator and database share the machine; " +
            $"load average at the end {LoadAverage()} (other jobs on the machine move every figure).";
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Benchmarks {date} {commit}{dirty}{(options.Quick ? " (quick)" : string.Empty)}")
            .AppendLine()
            .AppendLine(machine)
            .AppendLine()
            .AppendLine("| figure | measure | platform | raw baseline | ratio | target | met |")
            .AppendLine("|---|---|---:|---:|---:|---|---|");
        foreach (var figure in figures)
        {
            foreach (var m in figure.Measures)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {figure.Name} | {m.Metric} | {Number(m.Value)} {m.Unit} | {(m.Baseline is { } b ? $"{Number(b)} {m.Unit}" : "—")} | " +
                    $"{(m.Ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "—")} | {m.Target ?? "—"} | {(m.Met is { } met ? met ? "yes" : "**no**" : "—")} |");
            }
        }

        text.AppendLine();
        foreach (var figure in figures.Where(f => f.Note is not null))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {figure.Name}: {figure.Note}");
        }

        return new MarkdownReport($"{date}-{commit}{dirty}{mode}.md", text.ToString());
    }

    /// <summary>The 1, 5 and 15-minute load averages (Linux), so that two runs' figures can be judged against the machine's load.</summary>
    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string Number(double value) =>
        value >= 100 || value == Math.Floor(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.0#", CultureInfo.InvariantCulture);

    private static async Task<string> ServerVersionAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection.ServerVersion;
    }

    private static string? Git(string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
            using var git = Process.Start(start);
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on the machine: the file is named without a commit
        }
    }
}

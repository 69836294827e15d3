using System.Globalization;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>
/// The command line. <c>--quick</c> is CI's small city (about 2,000 operators, 5-second loads, under 2 minutes in all);
/// without it the city is the 100,000 operators and the public page is loaded for 30 seconds.
/// </summary>
internal sealed record BenchOptions(bool Quick, string? Connection, int Operators, TimeSpan LoadDuration, string OutputFolder, string? Only)
{
    public const string Usage = """
        PrepaidPlatform.Benchmarks [--quick] [--connection "Server=…;User ID=…;Password=…"] [--operators N] [--seconds S] [--out FOLDER]
          --quick        a small city (2,000 operators) and 5-second loads: what CI runs
          --connection   a MariaDB/MySQL server (no database name: a throw-away database is created and dropped on it);
                         without it a throw-away MariaDB is started in a temp folder (mariadb-install-db + mariadbd)
          --operators N  approved operators to seed (default 100,000; quick 2,000)
          --seconds S    length of each HTTP load (default 30; quick 5)
          --out FOLDER   where the Markdown result goes (default docs/benchmarks of the repository)
          --only TEXT    only the figures whose name or class name contains TEXT (the seed always runs), e.g. --only FilingCode;
                         several texts separated by commas, e.g. --only FilingCode,PublicOperator
        """;

    /// <summary>Open applications waiting for the district (待受理): the review queue's content and the transitions' work.</summary>
    public int PendingApplications => Math.Max(500, Operators / 10);

    /// <summary>Whether a figure is to run (all of them unless <c>--only</c> names some, by any of its comma-separated texts).</summary>
    public bool Includes(IBenchmark benchmark) =>
        Only is null || Only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(text =>
            benchmark.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || benchmark.GetType().Name.Contains(text, StringComparison.OrdinalIgnoreCase));

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var quick = args.Contains("--quick");
        string? Value(string name)
        {
            var index = args.ToList().IndexOf(name);
            return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
        }

        var operators = Value("--operators") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : quick ? 2_000 : 100_000;
        var seconds = Value("--seconds") is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : quick ? 5 : 30;
        return new BenchOptions(quick, Value("--connection"), operators, TimeSpan.FromSeconds(seconds), Path.GetFullPath(Value("--out") ?? DefaultOutputFolder()), Value("--only"));
    }

    private static string DefaultOutputFolder()
    {
        // The repository's docs/benchmarks, found from the build output upwards; the working folder when run elsewhere.
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PrepaidPlatform.sln")))
            {
                return Path.Combine(folder.FullName, "docs", "benchmarks");
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "benchmarks");
    }
}

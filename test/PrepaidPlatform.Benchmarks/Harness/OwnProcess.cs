using System.Diagnostics;
using System.Text.Json;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>
/// This program started again in a process of its own with a mode argument, for a figure that must measure the host
/// alone: the harness's process also holds the seed's buffers and the load generator. The child prints its result as
/// one JSON line after a prefix; whatever else it writes is its log.
/// </summary>
internal static class OwnProcess
{
    public static async Task<T> RunAsync<T>(string resultPrefix, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Run as this program is run: `dotnet Benchmarks.dll` (the path of the dll first) or the apphost.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(OwnProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"the process for {resultPrefix.Trim()} did not start");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        T? result = default;
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith(resultPrefix, StringComparison.Ordinal))
            {
                result = JsonSerializer.Deserialize<T>(line[resultPrefix.Length..]);
            }
        }

        await process.WaitForExitAsync(cancellationToken);
        return result ?? throw new InvalidOperationException($"the process for {resultPrefix.Trim()} ended ({process.ExitCode}) without its figures: {await errors}");
    }

    /// <summary>The child's result line on stdout.</summary>
    public static void Report<T>(string resultPrefix, T result) => Console.WriteLine(resultPrefix + JsonSerializer.Serialize(result));
}

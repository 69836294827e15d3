using PrepaidPlatform.Benchmarks.Seeding;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>What every figure gets: the options, the running host (Kestrel on loopback) and the seeded city.</summary>
internal sealed class BenchContext(BenchOptions options, BenchHost host, SeededCity city, double rssAfterStartMiB)
{
    public BenchOptions Options { get; } = options;

    public BenchHost Host { get; } = host;

    public SeededCity City { get; } = city;

    /// <summary>The process's resident set right after the host started, before the seed: the memory figure's baseline.</summary>
    public double RssAfterStartMiB { get; } = rssAfterStartMiB;

    public static void Log(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");
}

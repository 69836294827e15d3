using PrepaidPlatform.Benchmarks.Seeding;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>What every figure gets: the options, the running host (Kestrel on loopback) and the seeded city.</summary>
internal sealed class BenchContext(BenchOptions options, BenchHost host, SeededCity city, double rssAfterStartMiB)
{
    private Task<SeededReporting>? _reporting;

    public BenchOptions Options { get; } = options;

    public BenchHost Host { get; } = host;

    public SeededCity City { get; } = city;

    /// <summary>The process's resident set right after the host started, before the seed: the memory figure's baseline.</summary>
    public double RssAfterStartMiB { get; } = rssAfterStartMiB;

    /// <summary>Reporting's part of the city (reports, custody supervision, operator accounts), seeded by the first figure that asks for it.</summary>
    public Task<SeededReporting> ReportingAsync(CancellationToken cancellationToken) =>
        _reporting ??= ReportingCitySeeder.SeedAsync(Host, cancellationToken);

    public static void Log(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");
}

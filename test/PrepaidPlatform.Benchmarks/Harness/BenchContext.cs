using PrepaidPlatform.Benchmarks.Seeding;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>What every figure gets: the options, the running host (Kestrel on loopback) and the seeded city.</summary>
internal sealed class BenchContext(BenchOptions options, BenchHost host, SeededCity city, double rssAfterStartMiB)
{
    private Task<SeededReporting>? _reporting;
    private Task<(int Rows, TimeSpan Took)>? _publicViews;

    public BenchOptions Options { get; } = options;

    public BenchHost Host { get; } = host;

    public SeededCity City { get; } = city;

    /// <summary>The process's resident set right after the host started, before the seed: the memory figure's baseline.</summary>
    public double RssAfterStartMiB { get; } = rssAfterStartMiB;

    /// <summary>Reporting's part of the city (reports, custody supervision, operator accounts), seeded by the first figure that asks for it.</summary>
    public Task<SeededReporting> ReportingAsync(CancellationToken cancellationToken) =>
        _reporting ??= ReportingCitySeeder.SeedAsync(Host, cancellationToken);

    /// <summary>
    /// The public pages' stored views of the seeded city, built once as production builds them at start and after
    /// midnight (<see cref="PrepaidPlatform.Platform.Caching.PublicViewBuild"/>); the seed writes filings behind the host's
    /// back, after its start. How many rows and how long, for the figures' notes.
    /// </summary>
    public Task<(int Rows, TimeSpan Took)> PublicViewsAsync(CancellationToken cancellationToken) =>
        _publicViews ??= BuildPublicViewsAsync(cancellationToken);

    private async Task<(int Rows, TimeSpan Took)> BuildPublicViewsAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var build = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<PrepaidPlatform.Platform.Caching.PublicViewBuild>(Host.Services);
        var rows = await build.RunAsync(cancellationToken);
        var took = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        Log($"public views: {rows:N0} rows built in {took.TotalSeconds:F0} s");
        return (rows, took);
    }

    public static void Log(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");
}

using PrepaidPlatform.Benchmarks.Harness;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// (e) The host's resident set after load, measured in a process that holds the host alone (<see cref="HostMemoryProcess"/>),
/// beside the same process right after the host started. Target: ≤ 400 MB. The harness's own process (host, seed and
/// load generator together) is shown too: it bounds the host's memory from above.
/// </summary>
internal sealed class HostMemoryBenchmark : IBenchmark
{
    private const double MiB = 1024 * 1024;

    public string Name => "进程内存 (RSS)";

    public async Task<Figure> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var harness = MemorySampler.Rss() / MiB;
        var host = await HostMemoryProcess.RunAsync(context.Host.Database.ConnectionString, context.Options, cancellationToken);
        BenchContext.Log($"host process: RSS {host.RssAfterStartMiB:F0} MiB after start, {host.RssAfterLoadMiB:F0} MiB after {host.Requests:N0} requests ({host.Failures} failed)");
        return new Figure(Name,
        [
            new Measure("RSS of the host after load", host.RssAfterLoadMiB, "MiB", host.RssAfterStartMiB, "≤ 400 MB", host.RssAfterLoadMiB * MiB <= 400_000_000 && host.Failures == 0),
            new Measure("RSS of the host after a full GC", host.RssAfterCollectMiB, "MiB", host.RssAfterStartMiB),
            new Measure("managed heap of the host after a full GC", host.ManagedMiB, "MiB"),
            new Measure("failed requests", host.Failures, ""),
            new Measure("RSS of the harness's process (host, seed, load generator) after every figure", harness, "MiB", context.RssAfterStartMiB),
        ],
            $"the host in a process of its own on the seeded database (HostMemoryProcess), loaded from inside: {host.Load}; baseline: that process right after " +
            "the host started; the background workstation GC, as the host runs in production (ADR 0017). The harness's process: baseline right after its host started, before the seed");
    }
}

using PrepaidPlatform.Benchmarks.Harness;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// (e) The process's resident set after all the load before it, beside the same process right after the host started
/// (before the seed). Host, harness and load generator are one process, so this bounds the host's RSS from above.
/// Target: ≤ 400 MB.
/// </summary>
internal sealed class HostMemoryBenchmark : IBenchmark
{
    private const double MiB = 1024 * 1024;

    public string Name => "进程内存 (RSS)";

    public Task<Figure> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var afterLoad = MemorySampler.Rss() / MiB;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var afterCollect = MemorySampler.Rss() / MiB;
        return Task.FromResult(new Figure(Name,
        [
            new Measure("RSS after load", afterLoad, "MiB", context.RssAfterStartMiB, "≤ 400 MB", afterLoad * MiB <= 400_000_000),
            new Measure("RSS after a full GC", afterCollect, "MiB", context.RssAfterStartMiB),
            new Measure("managed heap after a full GC", GC.GetTotalMemory(forceFullCollection: false) / MiB, "MiB"),
        ],
            "baseline: the same process right after the host started, before the seed; the background workstation GC, as the host runs in production (ADR 0017)"));
    }
}

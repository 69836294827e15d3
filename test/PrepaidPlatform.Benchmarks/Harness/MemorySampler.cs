using System.Diagnostics;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>
/// Samples the process while a piece of work runs: the managed heap, and the resident set, which holds the managed heap
/// and native memory alike (MiniExcel's zip buffers, SkiaSharp). Peaks are reported above the level when sampling began,
/// after a full collection, so they are what the work added.
/// </summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private readonly long _managedAtStart;
    private readonly long _rssAtStart;
    private long _managedPeak;
    private long _rssPeak;

    private MemorySampler()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        _managedAtStart = _managedPeak = GC.GetTotalMemory(forceFullCollection: false);
        _rssAtStart = _rssPeak = Rss();
        _sampling = Task.Run(SampleAsync);
    }

    public static MemorySampler Start() => new();

    public double ManagedPeakMiB => (Interlocked.Read(ref _managedPeak) - _managedAtStart) / (1024.0 * 1024);

    public double RssPeakMiB => (Interlocked.Read(ref _rssPeak) - _rssAtStart) / (1024.0 * 1024);

    /// <summary>The resident set of this process now (host, harness and their native libraries).</summary>
    public static long Rss()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        Sample();
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Sample();
            try
            {
                await Task.Delay(2, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Sample()
    {
        Max(ref _managedPeak, GC.GetTotalMemory(forceFullCollection: false));
        Max(ref _rssPeak, Rss());
    }

    private static void Max(ref long peak, long value)
    {
        for (var seen = Interlocked.Read(ref peak); value > seen; seen = Interlocked.Read(ref peak))
        {
            if (Interlocked.CompareExchange(ref peak, value, seen) == seen)
            {
                return;
            }
        }
    }
}

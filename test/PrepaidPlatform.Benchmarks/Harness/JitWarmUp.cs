using System.Diagnostics;
using System.Runtime;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>
/// Warms a path until the JIT has settled on it, not for a fixed time. A page touches thousands of methods, and tiered
/// compilation promotes each only after it was called often enough and no new method was compiled for a moment; a few
/// seconds of load left the page's code half in tier 0 and the background JIT taking 9–15 % of the process's CPU during
/// the measure (perf, issue 14), while the raw endpoint, a handful of methods, was long settled. A host that serves a city
/// runs settled code, so each measured path is loaded in slices until one slice compiles almost nothing. Counted in
/// methods, not in the JIT's time: on a loaded machine its threads wait for a core, and their time says little.
/// </summary>
internal static class JitWarmUp
{
    /// <summary>A slice is settled when it compiled fewer methods than this (tier-ups included).</summary>
    private const long SettledMethods = 20;

    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Runs <paramref name="load"/> in one-second slices, at least <paramref name="minimum"/>, until a slice compiled
    /// fewer than 20 methods (all threads), or <paramref name="maximum"/> has passed. Returns what it took.
    /// </summary>
    public static async Task<(TimeSpan Took, bool Settled)> RunAsync(Func<TimeSpan, Task> load, TimeSpan minimum, TimeSpan maximum)
    {
        ArgumentNullException.ThrowIfNull(load);
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var compiledBefore = JitInfo.GetCompiledMethodCount(currentThread: false);
            await load(Slice);
            var settled = JitInfo.GetCompiledMethodCount(currentThread: false) - compiledBefore < SettledMethods;
            var took = Stopwatch.GetElapsedTime(started);
            if ((settled && took >= minimum) || took >= maximum)
            {
                return (took, settled);
            }
        }
    }
}

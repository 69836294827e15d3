using System.Collections.Concurrent;

namespace PrepaidPlatform.Host.Tests.Jobs;

/// <summary>What the test jobs saw when they ran, per host.</summary>
internal sealed class JobRecorder
{
    private readonly ConcurrentQueue<JobRun> _runs = new();

    public IReadOnlyList<JobRun> Runs => [.. _runs];

    /// <summary>Holds <see cref="SelfReschedulingJob"/> mid-run until set; set from the start unless a test resets it.</summary>
    public TaskCompletionSource Held { get; set; } = Completed();

    public static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }

    public void Record(JobRun run) => _runs.Enqueue(run);

    private int _running;
    private int _mostAtOnce;

    /// <summary>The most runs of <see cref="SelfReschedulingJob"/> that were going at the same moment.</summary>
    public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

    public IDisposable Enter()
    {
        var now = Interlocked.Increment(ref _running);
        int seen;
        while (now > (seen = Volatile.Read(ref _mostAtOnce)) && Interlocked.CompareExchange(ref _mostAtOnce, now, seen) != seen)
        {
        }

        return new Leaving(this);
    }

    private sealed class Leaving(JobRecorder recorder) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref recorder._running);
    }

    public IReadOnlyList<JobRun> RunsOf(string label) => Runs.Where(r => r.Label == label).ToList();
}

internal sealed record JobRun(string Label, Guid? TenantId, string Key);

internal sealed record RecordingJobArgs(string Label);

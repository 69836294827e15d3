using System.Collections.Concurrent;

namespace PrepaidPlatform.Host.Tests.Jobs;

/// <summary>What the test jobs saw when they ran, per host.</summary>
internal sealed class JobRecorder
{
    private readonly ConcurrentQueue<JobRun> _runs = new();

    public IReadOnlyList<JobRun> Runs => [.. _runs];

    public void Record(JobRun run) => _runs.Enqueue(run);

    public IReadOnlyList<JobRun> RunsOf(string label) => Runs.Where(r => r.Label == label).ToList();
}

internal sealed record JobRun(string Label, Guid? TenantId, string Key);

internal sealed record RecordingJobArgs(string Label);

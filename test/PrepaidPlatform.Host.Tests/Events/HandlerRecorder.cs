using System.Collections.Concurrent;

namespace PrepaidPlatform.Host.Tests.Events;

/// <summary>Every handler invocation (successful or not), per host.</summary>
internal sealed class HandlerRecorder
{
    private readonly ConcurrentQueue<HandlerRun> _runs = new();

    public void Record(HandlerRun run) => _runs.Enqueue(run);

    public IReadOnlyList<HandlerRun> RunsOf(string handler, string label) => _runs.Where(r => r.Handler == handler && r.Label == label).ToList();

    public IReadOnlyList<HandlerRun> RunsOf(string label) => _runs.Where(r => r.Label == label).ToList();
}

internal sealed record HandlerRun(string Handler, string Label, Guid? TenantId);

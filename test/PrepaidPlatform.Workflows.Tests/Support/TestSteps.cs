using System.Collections.Concurrent;

namespace PrepaidPlatform.Workflows.Tests.Support;

/// <summary>What the test actions saw, in order.</summary>
internal sealed class StepRecorder
{
    private readonly ConcurrentQueue<(Guid Instance, string Tag, string? Trigger, string ToState)> _runs = new();

    public ConcurrentDictionary<string, bool> BlockedSubjects { get; } = new();

    public void Record(Guid instance, string tag, string? trigger, string toState) => _runs.Enqueue((instance, tag, trigger, toState));

    public IReadOnlyList<string> TagsOf(Guid instance) => _runs.Where(r => r.Instance == instance).Select(r => r.Tag).ToList();

    /// <summary>Two steps meet here before either saves: both have read the same instance version.</summary>
    public RendezvousPoint Rendezvous { get; set; } = new(1);
}

internal sealed class RendezvousPoint(int participants)
{
    private int _arrived;
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task ArriveAsync()
    {
        if (Interlocked.Increment(ref _arrived) >= participants)
        {
            _all.TrySetResult();
        }

        return _all.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}

/// <summary><c>test.subjectNotBlocked</c>: fails for the subjects a test blocked.</summary>
internal sealed class SubjectNotBlockedGuard(StepRecorder recorder) : IWorkflowGuard
{
    public string Name => "test.subjectNotBlocked";

    public string DisplayName => "未被冻结（测试）";

    public string Description => "办理对象未被冻结（测试）";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } = [];

    public Task<WorkflowGuardResult> EvaluateAsync(WorkflowStepContext context, CancellationToken cancellationToken) =>
        Task.FromResult(recorder.BlockedSubjects.ContainsKey(context.Instance.SubjectId)
            ? WorkflowGuardResult.Fail("办理对象已被冻结，不能办理。")
            : WorkflowGuardResult.Pass);
}

/// <summary><c>test.record</c>: records its tag.</summary>
internal sealed class RecordAction(StepRecorder recorder) : IWorkflowAction
{
    public string Name => "test.record";

    public string DisplayName => "记录（测试）";

    public string Description => "记录一次执行（测试）";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } = [new("tag", WorkflowParameterType.Text, true, "标记", Label: "标记")];

    public Task ExecuteAsync(WorkflowStepContext context, CancellationToken cancellationToken)
    {
        recorder.Record(context.Instance.Id, context.Arguments.RequiredText("tag"), context.Trigger, context.ToState);
        return Task.CompletedTask;
    }
}

/// <summary><c>test.rendezvous</c>: waits until the expected number of concurrent steps got here.</summary>
internal sealed class RendezvousAction(StepRecorder recorder) : IWorkflowAction
{
    public string Name => "test.rendezvous";

    public string DisplayName => "等待并发（测试）";

    public string Description => "等待并发的另一步（测试）";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } = [];

    public Task ExecuteAsync(WorkflowStepContext context, CancellationToken cancellationToken) => recorder.Rendezvous.ArriveAsync();
}

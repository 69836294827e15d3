using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Workflows.Steps;

/// <summary>
/// <c>subject.setStatus</c>: tells the module that owns the subject to set its business status. An integration event
/// (written in the step's transaction, delivered once after commit) keeps the engine free of any subject's internals.
/// </summary>
internal sealed class SubjectSetStatusAction(IIntegrationEventPublisher publisher) : IWorkflowAction
{
    public string Name => "subject.setStatus";

    public string Description => "设置办理对象的业务状态（如备案状态改为“已备案”）";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } =
    [
        new("status", WorkflowParameterType.Text, true, "业务状态代码，如 approved"),
    ];

    public Task ExecuteAsync(WorkflowStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var i = context.Instance;
        publisher.Publish(new WorkflowSubjectStatusRequested(i.Id, i.DefinitionKey, i.SubjectType, i.SubjectId, i.TenantId,
            context.Arguments.RequiredText("status"), context.ToState), i.TenantId);
        return Task.CompletedTask;
    }
}

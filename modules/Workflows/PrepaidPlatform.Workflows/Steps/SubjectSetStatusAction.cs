using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Workflows.Steps;

/// <summary>
/// <c>subject.setStatus</c>: tells the module that owns the subject to set its business status, in the step's transaction
/// through the module's <see cref="IWorkflowSubjectStatusWriter"/> (the contract keeps the engine free of any subject's
/// internals), and by an integration event (written in the same transaction, delivered once after commit) for the rest.
/// </summary>
internal sealed class SubjectSetStatusAction(IIntegrationEventPublisher publisher, IServiceProvider services) : IWorkflowAction
{
    public string Name => "subject.setStatus";

    public string DisplayName => "设置业务状态";

    public string Description => "设置办理对象的业务状态（如备案状态改为“已备案”）";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } =
    [
        new("status", WorkflowParameterType.Text, true, "办理对象改为的业务状态", Label: "业务状态", ChoicesFrom: WorkflowChoiceLists.SubjectStatus),
    ];

    public async Task ExecuteAsync(WorkflowStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var i = context.Instance;
        var status = context.Arguments.RequiredText("status");
        // Resolved now, not in the constructor: a writer reads the runtime, whose catalog holds this action.
        foreach (var writer in services.GetServices<IWorkflowSubjectStatusWriter>())
        {
            await writer.WriteAsync(i.SubjectType, i.SubjectId, status, cancellationToken);
        }

        publisher.Publish(new WorkflowSubjectStatusRequested(i.Id, i.DefinitionKey, i.SubjectType, i.SubjectId, i.TenantId, status, context.ToState), i.TenantId);
    }
}

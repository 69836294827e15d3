using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Workflows.Steps;

/// <summary><c>notify</c>: asks the Notifications module, through the outbox, to message an audience about the step.</summary>
internal sealed class NotifyAction(IIntegrationEventPublisher publisher) : IWorkflowAction
{
    public const string ActionName = "notify";

    public static readonly IReadOnlyList<string> Audiences = ["operator", "district", "city"];

    public string Name => ActionName;

    public string DisplayName => "发送通知";

    public string Description => "发送通知（站内消息、短信）给经营者、区审核人员或市级管理员";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } =
    [
        new("template", WorkflowParameterType.Text, true, "发送的消息（市级在“消息模板”中维护其文字）", Label: "消息模板", ChoicesFrom: WorkflowChoiceLists.NotificationTemplate),
        new("audience", WorkflowParameterType.Text, true, "接收方：经营者、区审核人员或市级管理员", Audiences, Label: "接收方",
            ValueLabels: new Dictionary<string, string> { ["operator"] = "经营者", ["district"] = "区审核人员", ["city"] = "市级管理员" }),
    ];

    public Task ExecuteAsync(WorkflowStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var i = context.Instance;
        publisher.Publish(new WorkflowNotificationRequested(i.Id, i.DefinitionKey, i.SubjectType, i.SubjectId, i.TenantId,
            context.Arguments.RequiredText("template"), context.Arguments.RequiredText("audience"), context.Trigger, context.ToState, context.Comment), i.TenantId);
        return Task.CompletedTask;
    }
}

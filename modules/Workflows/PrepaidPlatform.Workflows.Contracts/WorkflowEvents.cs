using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Workflows;

/// <summary>Action <c>notify</c>: a step asks for a message to an audience (the Notifications module delivers it).</summary>
public sealed record WorkflowNotificationRequested(
    Guid InstanceId,
    string DefinitionKey,
    string SubjectType,
    string SubjectId,
    Guid? TenantId,
    string Template,
    string Audience,
    string? Trigger,
    string State,
    string? Comment) : IIntegrationEvent;

/// <summary>Action <c>subject.setStatus</c>: the module owning the subject sets its business status after the step commits.</summary>
public sealed record WorkflowSubjectStatusRequested(
    Guid InstanceId,
    string DefinitionKey,
    string SubjectType,
    string SubjectId,
    Guid? TenantId,
    string Status,
    string State) : IIntegrationEvent;

using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Workflows.Domain;

/// <summary>One line of an instance's readable journal (流程记录): who did what, when, from which state to which, and why.</summary>
internal sealed class WorkflowJournalEntry : IMultiTenant
{
    private WorkflowJournalEntry()
    {
        ToState = InputJson = string.Empty;
    }

    public WorkflowJournalEntry(Guid instanceId, Guid? tenantId, WorkflowJournalKind kind, DateTime atUtc, Guid? userId, string? userName,
        string? trigger, string? label, string? fromState, string toState, string inputJson, string? comment, string? idempotencyKey)
    {
        InstanceId = instanceId;
        TenantId = tenantId;
        Kind = kind;
        AtUtc = atUtc;
        UserId = userId;
        UserName = userName;
        Trigger = trigger;
        Label = label;
        FromState = fromState;
        ToState = toState;
        InputJson = inputJson;
        Comment = comment;
        IdempotencyKey = idempotencyKey;
    }

    public long Id { get; private set; }

    public Guid InstanceId { get; private set; }

    public Guid? TenantId { get; private set; }

    public WorkflowJournalKind Kind { get; private set; }

    public DateTime AtUtc { get; private set; }

    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string? Trigger { get; private set; }

    public string? Label { get; private set; }

    public string? FromState { get; private set; }

    public string ToState { get; private set; }

    public string InputJson { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>Unique per instance: a repeated request with the same key finds this entry and changes nothing.</summary>
    public string? IdempotencyKey { get; private set; }
}

namespace PrepaidPlatform.Workflows;

public enum WorkflowInstanceStatus
{
    Running = 0,
    Completed = 1,
}

public sealed record WorkflowInstanceDto(
    Guid Id,
    string DefinitionKey,
    int DefinitionVersion,
    string SubjectType,
    string SubjectId,
    Guid? TenantId,
    WorkflowInstanceStatus Status,
    string CurrentState,
    string CurrentStateLabel,
    DateTime StateEnteredAtUtc,
    DateTime? DueAtUtc,
    int Version)
{
    /// <summary>办理超时: the deadline of the current state has passed.</summary>
    public bool IsOverdueAt(DateTime utcNow) => Status == WorkflowInstanceStatus.Running && DueAtUtc is { } due && due <= utcNow;
}

public sealed record WorkflowInputFieldDto(string Name, string Label, bool Required, int? MaxLength);

public sealed record WorkflowTriggerDto(string Trigger, string Label, string ToState, string ToStateLabel, IReadOnlyList<WorkflowInputFieldDto> Inputs);

public enum WorkflowJournalKind
{
    Started = 0,
    Fired = 1,
    TimerFired = 2,
    Overdue = 3,

    /// <summary>版本迁移: the instance moved to a newer version of its definition (and possibly to a mapped state).</summary>
    Migrated = 4,
}

public sealed record WorkflowJournalEntryDto(
    long Sequence,
    WorkflowJournalKind Kind,
    DateTime AtUtc,
    Guid? UserId,
    string? UserName,
    string? Trigger,
    string? Label,
    string? FromState,
    string ToState,
    IReadOnlyDictionary<string, string> Input,
    string? Comment)
{
    /// <summary>The Chinese label of <see cref="ToState"/> in the instance's definition (the code only when it has none).</summary>
    public string ToStateLabel { get; init; } = ToState;
}

using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Workflows.Domain;

/// <summary>
/// A running lifecycle of one subject, pinned to the definition version it started on. Status, current state and due
/// time are plain indexed columns (the work inbox and the overdue list query them); <see cref="Version"/> is the
/// concurrency token, so of two reviewers acting on the same version one wins and the other is refused.
/// </summary>
internal sealed class WorkflowInstance : IMultiTenant
{
    private WorkflowInstance()
    {
        DefinitionKey = SubjectType = SubjectId = CurrentState = string.Empty;
    }

    public WorkflowInstance(Guid id, WorkflowDefinition definition, string subjectType, string subjectId, Guid? tenantId, string initialState, DateTime nowUtc)
    {
        Id = id;
        DefinitionId = definition.Id;
        DefinitionKey = definition.Key;
        DefinitionVersion = definition.Version;
        SubjectType = subjectType;
        SubjectId = subjectId;
        TenantId = tenantId;
        CurrentState = initialState;
        StartedAtUtc = StateEnteredAtUtc = nowUtc;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public Guid DefinitionId { get; private set; }

    public string DefinitionKey { get; private set; }

    public int DefinitionVersion { get; private set; }

    public string SubjectType { get; private set; }

    public string SubjectId { get; private set; }

    public Guid? TenantId { get; private set; }

    public WorkflowInstanceStatus Status { get; private set; }

    public string CurrentState { get; set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime StateEnteredAtUtc { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    /// <summary>办理时限 of the current state (the earliest deadline timer), or none.</summary>
    public DateTime? DueAtUtc { get; private set; }

    public int Version { get; private set; }

    public List<WorkflowTimer> Timers { get; private set; } = [];

    /// <summary>
    /// Records that the current state was (re-)entered: its timers replace the old state's (a continued timer is passed in
    /// again and stays the same row), the deadline follows them.
    /// </summary>
    public void Entered(bool isFinal, DateTime nowUtc, IEnumerable<WorkflowTimer> timers)
    {
        StateEnteredAtUtc = nowUtc;
        var next = timers.ToList();
        Timers.RemoveAll(t => !next.Contains(t));
        Timers.AddRange(next.Where(t => !Timers.Contains(t)));
        DueAtUtc = Timers.Where(t => t.IsDeadline).Select(t => (DateTime?)t.DueAtUtc).Min();
        if (isFinal)
        {
            Status = WorkflowInstanceStatus.Completed;
            CompletedAtUtc = nowUtc;
        }
    }

    /// <summary>
    /// 版本迁移: continues on a newer version of the definition. Moving to another state counts as entering it now;
    /// staying keeps the time the state was entered. The timers and the due time are the new version's, worked out by the caller.
    /// </summary>
    public void MoveToVersion(Guid definitionId, int definitionVersion, string state, DateTime nowUtc, IEnumerable<WorkflowTimer> timers, DateTime? dueAtUtc)
    {
        DefinitionId = definitionId;
        DefinitionVersion = definitionVersion;
        if (state != CurrentState)
        {
            CurrentState = state;
            StateEnteredAtUtc = nowUtc;
        }

        var kept = timers.ToList();
        Timers.Clear();
        Timers.AddRange(kept);
        DueAtUtc = dueAtUtc;
        Touch();
    }

    /// <summary>A deadline timer was rescheduled (calendar change): the instance's due time follows its pending deadlines.</summary>
    public void DeadlinesRescheduled()
    {
        if (Timers.Where(t => t.IsDeadline).Select(t => (DateTime?)t.DueAtUtc).Min() is { } due)
        {
            DueAtUtc = due;
        }
    }

    /// <summary>Every change bumps the version, which the database compares on update.</summary>
    public void Touch() => Version++;
}

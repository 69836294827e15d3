using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Workflows.Domain;

/// <summary>
/// A pending timer of an instance's current state. It lives and dies with the state in the same transaction as the
/// step: leaving the state deletes it (cancelled), a rollback of the step leaves the old one in place. The timer
/// sweep fires rows whose <see cref="DueAtUtc"/> has passed.
/// </summary>
internal sealed class WorkflowTimer : IMultiTenant
{
    private WorkflowTimer()
    {
        State = Name = string.Empty;
    }

    public WorkflowTimer(Guid id, Guid instanceId, Guid? tenantId, string state, string name, DateTime dueAtUtc, string? trigger, bool isDeadline)
    {
        Id = id;
        InstanceId = instanceId;
        TenantId = tenantId;
        State = state;
        Name = name;
        DueAtUtc = dueAtUtc;
        Trigger = trigger;
        IsDeadline = isDeadline;
    }

    public Guid Id { get; private set; }

    public Guid InstanceId { get; private set; }

    public Guid? TenantId { get; private set; }

    public string State { get; private set; }

    /// <summary>The timer's name in the definition (or the one an action gave it).</summary>
    public string Name { get; private set; }

    public DateTime DueAtUtc { get; private set; }

    public string? Trigger { get; private set; }

    public bool IsDeadline { get; private set; }
}

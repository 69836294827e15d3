using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Workflows.Definitions;

namespace PrepaidPlatform.Workflows.Domain;

/// <summary>
/// A pending timer of an instance's current state. It lives and dies with the state in the same transaction as the
/// step: leaving the state deletes it (cancelled), a rollback of the step leaves the old one in place. The timer
/// sweep fires rows whose <see cref="DueAtUtc"/> has passed. A timer counted in units keeps its start and span, so a
/// working-day timer's due time can be counted again when the city changes the holiday calendar.
/// </summary>
internal sealed class WorkflowTimer : IMultiTenant
{
    private WorkflowTimer()
    {
        State = Name = string.Empty;
    }

    public WorkflowTimer(Guid id, Guid instanceId, Guid? tenantId, string state, string name, DateTime startedAtUtc, TimerSpan? span, DateTime dueAtUtc,
        string? trigger, bool isDeadline)
    {
        Id = id;
        InstanceId = instanceId;
        TenantId = tenantId;
        State = state;
        Name = name;
        StartedAtUtc = startedAtUtc;
        After = span?.After;
        Unit = span?.Unit;
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

    /// <summary>When the span began: the entry into the state.</summary>
    public DateTime StartedAtUtc { get; private set; }

    /// <summary>The span in <see cref="Unit"/>; none for a timer given only a due time.</summary>
    public int? After { get; private set; }

    public TimerUnit? Unit { get; private set; }

    public DateTime DueAtUtc { get; private set; }

    /// <summary>Only working days depend on the holiday calendar; hours and calendar days never move.</summary>
    public bool CountsWorkingDays => Unit == TimerUnit.WorkingDays && After is not null;

    public void Reschedule(DateTime dueAtUtc) => DueAtUtc = dueAtUtc;

    public string? Trigger { get; private set; }

    public bool IsDeadline { get; private set; }
}

/// <summary>A timer's span: <see cref="After"/> units from its start.</summary>
internal sealed record TimerSpan(int After, TimerUnit Unit);

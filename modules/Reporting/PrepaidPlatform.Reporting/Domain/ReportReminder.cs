using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Reporting.Domain;

/// <summary>The three reminders of a period (SPEC R5).</summary>
internal enum ReminderKind
{
    /// <summary>填报窗口开启: the day after the quarter's end.</summary>
    WindowOpened = 1,

    /// <summary>截止临近: 5 working days before the deadline.</summary>
    DeadlineNear = 2,

    /// <summary>已逾期: the day after the deadline, nothing filed.</summary>
    Overdue = 3,
}

/// <summary>
/// One reminder sent (站内消息 and SMS) to one operator for one period. The row is inserted in the same transaction as
/// the messages, under a unique index on operator, period and kind: a second job run, a restart or a second host
/// instance inserting it again fails and sends nothing.
/// </summary>
internal sealed class ReportReminder : IMultiTenant
{
    private ReportReminder()
    {
    }

    public ReportReminder(Guid id, Guid tenantId, Guid operatorUserId, DateOnly quarterEnd, ReminderKind kind, DateTime sentAtUtc)
    {
        (Id, TenantId, OperatorUserId, QuarterEnd, Kind, SentAtUtc) = (id, tenantId, operatorUserId, quarterEnd, kind, sentAtUtc);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid OperatorUserId { get; private set; }

    public DateOnly QuarterEnd { get; private set; }

    public ReminderKind Kind { get; private set; }

    public DateTime SentAtUtc { get; private set; }
}

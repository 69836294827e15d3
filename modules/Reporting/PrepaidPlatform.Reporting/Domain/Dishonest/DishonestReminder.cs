using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Reporting.Domain.Dishonest;

/// <summary>
/// One reminder sent (站内消息 and SMS) to a 严重失信主体 for one period of one duty, like <see cref="ReportReminder"/>:
/// saved with the messages under a unique index on operator, duty, period and kind, so no run sends it twice.
/// </summary>
internal sealed class DishonestReminder : IMultiTenant
{
    private DishonestReminder()
    {
    }

    public DishonestReminder(Guid id, Guid tenantId, Guid operatorUserId, DishonestPeriod period, ReminderKind kind, DateTime sentAtUtc)
    {
        (Id, TenantId, OperatorUserId, Duty, PeriodStart, Kind, SentAtUtc) = (id, tenantId, operatorUserId, period.Duty, period.Start, kind, sentAtUtc);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid OperatorUserId { get; private set; }

    public DishonestDuty Duty { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public ReminderKind Kind { get; private set; }

    public DateTime SentAtUtc { get; private set; }
}

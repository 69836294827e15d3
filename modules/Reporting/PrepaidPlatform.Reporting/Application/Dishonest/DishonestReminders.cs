using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Reporting.Domain.Dishonest;

namespace PrepaidPlatform.Reporting.Application.Dishonest;

/// <summary>One reminder of a 严重失信主体 due today: its operator, the period of a duty, the kind and the period's 数据期限.</summary>
internal sealed record DueDishonestReminder(ListedDishonestOperator Operator, DishonestPeriod Period, ReminderKind Kind, DateOnly Deadline);

/// <summary>
/// The 严重失信主体's reminders, as the quarterly ones (<see cref="ReportReminders"/>): for every listed operator of every
/// district and every period of each duty not filed (or returned), the reminder due today on the platform calendar —
/// 填报窗口开启, 截止临近 from 5 working days before the deadline, 已逾期 after it — as an in-app message and an SMS, each
/// once per operator, duty, period and kind (the <see cref="DishonestReminder"/> row is saved with the messages under its
/// unique index). Run by the daily reminder job after the quarterly reminders.
/// </summary>
internal sealed class DishonestReminders(
    PlatformDbContext db,
    IDataFilter dataFilter,
    ISeriousDishonestFlags flags,
    DishonestSchedule schedule,
    IWorkingDayCalendar calendar,
    IAccountDirectory accounts,
    INotificationSender sender,
    IClock clock)
{
    private const int OperatorsPerPage = 500;
    private const int RemindersPerSave = 200;

    private readonly Dictionary<DishonestPeriod, (DateOnly Deadline, DateOnly NearFrom)> _deadlines = [];

    /// <summary>Sends every reminder due today that was not sent before; returns how many were sent now.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Every district's operators: the job runs as the system, with no district of its own.
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var sent = 0;
        for (var skip = 0; ; skip += OperatorsPerPage)
        {
            var operators = await flags.ListedAsync(skip, OperatorsPerPage, cancellationToken);
            foreach (var chunk in (await DueAsync(operators, cancellationToken)).Chunk(RemindersPerSave))
            {
                sent += await ReminderDelivery.SendChunkAsync(db, accounts, sender, chunk, r => (r.Operator.OperatorUserId, r.Operator.TenantId),
                    r => new DishonestReminder(Guid.NewGuid(), r.Operator.TenantId, r.Operator.OperatorUserId, r.Period, r.Kind, clock.UtcNow.UtcDateTime),
                    r => new ReminderMessage(ReminderDelivery.TemplateOf(r.Kind), ReminderDelivery.Parameters(r.Operator.OperatorName, r.Period.Label, r.Deadline),
                        ReportingNotifications.DishonestUrl),
                    cancellationToken);
            }

            if (operators.Count < OperatorsPerPage)
            {
                return sent;
            }
        }
    }

    /// <summary>The reminders due today for these operators and not yet sent.</summary>
    public async Task<List<DueDishonestReminder>> DueAsync(IReadOnlyList<ListedDishonestOperator> operators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operators);
        var today = clock.TodayInShanghai;
        var ids = operators.Select(o => o.OperatorUserId).ToList();
        var filed = (await db.Set<DishonestFiling>().AsNoTracking().Where(f => ids.Contains(f.OperatorUserId) && f.Status != ReportStatus.Returned)
            .Select(f => new { f.OperatorUserId, f.Duty, f.PeriodStart }).ToListAsync(cancellationToken)).Select(f => (f.OperatorUserId, f.Duty, f.PeriodStart)).ToHashSet();
        var sentBefore = (await db.Set<DishonestReminder>().AsNoTracking().Where(r => ids.Contains(r.OperatorUserId))
            .Select(r => new { r.OperatorUserId, r.Duty, r.PeriodStart, r.Kind }).ToListAsync(cancellationToken))
            .Select(r => (r.OperatorUserId, r.Duty, r.PeriodStart, r.Kind)).ToHashSet();
        var due = new List<DueDishonestReminder>();
        foreach (var op in operators)
        {
            foreach (var duty in new[] { DishonestDuty.Monthly, DishonestDuty.HalfYear })
            {
                foreach (var period in DishonestPeriod.ToDate(duty, op.ListedSince, today).Where(p => !filed.Contains((op.OperatorUserId, duty, p.Start))))
                {
                    var (deadline, nearFrom) = await DeadlineAsync(period, cancellationToken);
                    var kind = today > deadline ? ReminderKind.Overdue : today >= nearFrom ? ReminderKind.DeadlineNear : ReminderKind.WindowOpened;
                    if (!sentBefore.Contains((op.OperatorUserId, duty, period.Start, kind)))
                    {
                        due.Add(new DueDishonestReminder(op, period, kind, deadline));
                    }
                }
            }
        }

        return due;
    }

    private async Task<(DateOnly Deadline, DateOnly NearFrom)> DeadlineAsync(DishonestPeriod period, CancellationToken cancellationToken)
    {
        if (!_deadlines.TryGetValue(period, out var known))
        {
            var deadline = await schedule.DeadlineAsync(period, cancellationToken);
            known = (deadline, await ReminderDelivery.NearFromAsync(calendar, period.End, deadline, cancellationToken));
            _deadlines[period] = known;
        }

        return known;
    }
}

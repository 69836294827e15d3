using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application;

/// <summary>One reminder due today: its operator, period, kind and the period's 数据期限.</summary>
internal sealed record DueReminder(CustodyReportingOperator Operator, ReportPeriod Period, ReminderKind Kind, DateOnly Deadline);

/// <summary>
/// 提醒 (SPEC R5): for every supervised operator of every district and every period of it not filed (or returned), the
/// reminder due today on the platform calendar — 填报窗口开启 within the window, 截止临近 from 5 working days before the
/// deadline, 已逾期 after it — as an in-app message and an SMS, each once per operator, period and kind. The
/// <see cref="ReportReminder"/> row is saved with the messages under its unique index: a run that finds it there (a
/// restart, a second host instance, the next day) sends nothing again. A day missed while no host ran is caught up on
/// the next run, since every reminder stays due until its period is filed.
/// </summary>
internal sealed class ReportReminders(
    PlatformDbContext db,
    IDataFilter dataFilter,
    ICustodyReportingFacts custody,
    ReportingSchedule schedule,
    IWorkingDayCalendar calendar,
    IAccountDirectory accounts,
    INotificationSender sender,
    IClock clock)
{
    /// <summary>截止临近: the deadline is this many working days away or fewer.</summary>
    public const int NearWorkingDays = ReminderDelivery.NearWorkingDays;

    private const int OperatorsPerPage = 500;
    private const int RemindersPerSave = 200;

    private readonly Dictionary<ReportPeriod, (DateOnly Deadline, DateOnly NearFrom)> _deadlines = [];

    /// <summary>Sends every reminder due today that was not sent before; returns how many were sent now.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Every district's operators: the job runs as the system, with no district of its own.
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var sent = 0;
        Guid? continuation = null;
        do
        {
            var page = await custody.SupervisedOperatorsAsync(continuation, OperatorsPerPage, cancellationToken);
            var due = await DueAsync(page.Operators, cancellationToken);
            foreach (var chunk in due.Chunk(RemindersPerSave))
            {
                sent += await SendAsync(chunk, cancellationToken);
            }

            continuation = page.Next;
        }
        while (continuation is not null);

        return sent;
    }

    /// <summary>The reminders due today for these operators and not yet sent.</summary>
    public async Task<List<DueReminder>> DueAsync(IReadOnlyList<CustodyReportingOperator> operators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operators);
        var today = clock.TodayInShanghai;
        var ids = operators.Select(o => o.OperatorUserId).ToList();
        var filed = (await db.Set<QuarterlyReport>().AsNoTracking().Where(r => ids.Contains(r.OperatorUserId) && r.Status != ReportStatus.Returned)
            .Select(r => new { r.OperatorUserId, r.QuarterEnd }).ToListAsync(cancellationToken)).Select(r => (r.OperatorUserId, r.QuarterEnd)).ToHashSet();
        var sentBefore = (await db.Set<ReportReminder>().AsNoTracking().Where(r => ids.Contains(r.OperatorUserId))
            .Select(r => new { r.OperatorUserId, r.QuarterEnd, r.Kind }).ToListAsync(cancellationToken)).Select(r => (r.OperatorUserId, r.QuarterEnd, r.Kind)).ToHashSet();
        var due = new List<DueReminder>();
        foreach (var op in operators)
        {
            foreach (var period in ReportingRules.PeriodsToDate(op.SupervisedSince, today).Where(p => !filed.Contains((op.OperatorUserId, p.End))))
            {
                var (deadline, nearFrom) = await DeadlineAsync(period, cancellationToken);
                var kind = today > deadline ? ReminderKind.Overdue : today >= nearFrom ? ReminderKind.DeadlineNear : ReminderKind.WindowOpened;
                if (!sentBefore.Contains((op.OperatorUserId, period.End, kind)))
                {
                    due.Add(new DueReminder(op, period, kind, deadline));
                }
            }
        }

        return due;
    }

    /// <summary>Sends one chunk of due reminders, once each (<see cref="ReminderDelivery.SendChunkAsync{T, TRow}"/>); returns how many were sent now.</summary>
    internal Task<int> SendAsync(IReadOnlyList<DueReminder> chunk, CancellationToken cancellationToken) =>
        ReminderDelivery.SendChunkAsync(db, accounts, sender, chunk, r => (r.Operator.OperatorUserId, r.Operator.TenantId),
            r => new ReportReminder(Guid.NewGuid(), r.Operator.TenantId, r.Operator.OperatorUserId, r.Period.End, r.Kind, clock.UtcNow.UtcDateTime),
            r => new ReminderMessage(ReminderDelivery.TemplateOf(r.Kind), ReminderDelivery.Parameters(r.Operator.OperatorName, r.Period.Name, r.Deadline),
                ReportingNotifications.ReportsUrl),
            cancellationToken);

    private async Task<(DateOnly Deadline, DateOnly NearFrom)> DeadlineAsync(ReportPeriod period, CancellationToken cancellationToken)
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

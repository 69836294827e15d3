using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
    IClock clock,
    IServiceScopeFactory scopeFactory)
{
    /// <summary>截止临近: the deadline is this many working days away or fewer.</summary>
    public const int NearWorkingDays = ReminderDelivery.NearWorkingDays;

    private const int OperatorsPerPage = 500;
    private const int RemindersPerSave = 500;

    private readonly Dictionary<ReportPeriod, (DateOnly Deadline, DateOnly NearFrom)> _deadlines = [];

    /// <summary>
    /// Sends every reminder due today that was not sent before; returns how many were sent now. On MariaDB the run is a
    /// pipeline over three contexts: the next page of operators and its due reminders are read (in a scope of their own)
    /// while two chunks are written at once, one on this scope's context and one on a second scope's, each chunk in its own
    /// transaction as <see cref="SendAsync"/> writes it alone. One after the other, the host's work on a chunk (rendering,
    /// encrypting, building the statements) and the database's work on it left one side idle while the other worked (issue 13 · Speed). The
    /// once-only rows keep each reminder to once whatever the order; the chunks of one run never share a reminder. SQLite
    /// has one writer at a time: there the chunks go one after the other, still with the next page read beside them.
    /// </summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Every district's operators: the job runs as the system, with no district of its own (the filter's state flows
        // into the tasks started below).
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        await using var readScope = scopeFactory.CreateAsyncScope();
        var reader = ActivatorUtilities.CreateInstance<ReportReminders>(readScope.ServiceProvider, clock);
        await using var writeScope = scopeFactory.CreateAsyncScope();
        ReportReminders[] writers = db.Database.IsSqlite() ? [this] : [this, ActivatorUtilities.CreateInstance<ReportReminders>(writeScope.ServiceProvider, clock)];
        var sent = 0;
        var pending = new List<DueReminder>();
        Task<(List<DueReminder> Due, Guid? Next)>? reading = reader.ReadPageAsync(null, cancellationToken);
        try
        {
            while (reading is not null)
            {
                var (due, next) = await reading;
                reading = next is { } after ? reader.ReadPageAsync(after, cancellationToken) : null;
                pending.AddRange(due);
                // Full chunks for every writer while pages follow; whatever is left once the last page is read.
                while (pending.Count >= RemindersPerSave * writers.Length || (reading is null && pending.Count > 0))
                {
                    var chunks = pending.Take(RemindersPerSave * writers.Length).Chunk(RemindersPerSave).ToList();
                    pending.RemoveRange(0, chunks.Sum(c => c.Length));
                    sent += (await Task.WhenAll(chunks.Select((chunk, i) => writers[i].SendAsync(chunk, cancellationToken)))).Sum();
                }
            }
        }
        finally
        {
            // A writer failed: the page being read must finish before its scope (and context) goes; the writer's failure is
            // the one the run reports.
            if (reading is not null)
            {
                await ((Task)reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        return sent;
    }

    /// <summary>One page of supervised operators after <paramref name="continuation"/> and its reminders due; the key of the next page.</summary>
    private async Task<(List<DueReminder> Due, Guid? Next)> ReadPageAsync(Guid? continuation, CancellationToken cancellationToken)
    {
        var page = await custody.SupervisedOperatorsAsync(continuation, OperatorsPerPage, cancellationToken);
        return (await DueAsync(page.Operators, cancellationToken), page.Next);
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

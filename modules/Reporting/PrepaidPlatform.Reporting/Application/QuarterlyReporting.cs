using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Risk;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application;

/// <summary>One line of the periods table: 序号, 数据期别, 数据期限, the status and the filed report if any.</summary>
internal sealed record PeriodRow(int Number, ReportPeriod Period, DateOnly Deadline, PeriodStatus Status, QuarterlyReport? Report)
{
    /// <summary>填报数据 is offered for an unfiled or returned period.</summary>
    public bool CanFile => Status is PeriodStatus.Due or PeriodStatus.Overdue or PeriodStatus.Returned;
}

/// <summary>What a submit ended in: refused with messages (nothing saved), or saved as 待核对 or 已退回 with the reason.</summary>
internal sealed record SubmitOutcome(IReadOnlyList<string> Errors, ReportStatus? Status, string? ReturnReason)
{
    public bool Saved => Status is not null;

    public static SubmitOutcome Refused(params string[] errors) => new(errors, null, null);
}

/// <summary>
/// The signed-in operator's 数据填报: its periods and their reports, and filing one under <see cref="ReportingRules"/>.
/// Everything is found from the signed-in user's id inside its district's tenant filter, so no value of the request can
/// reach another operator's report.
/// </summary>
internal sealed class QuarterlyReporting(
    PlatformDbContext db, ICurrentUser currentUser, ICustodyReportingFacts custody, ReportingSchedule schedule, ReportVerification verification, IIntegrationEventPublisher events, IClock clock)
{
    public const string NotFiledMessage = "尚未完成备案：备案审核通过后，方可按季度填报数据。";
    public const string DuplicateMessage = "该期别数据已报送，请勿重复提交。";

    public async Task<CustodyReportingOperator?> OperatorAsync(CancellationToken cancellationToken) =>
        currentUser.Id is { } userId ? await custody.FindOperatorAsync(userId, cancellationToken) : null;

    /// <summary>The periods from the first approval's quarter to the last ended one, oldest first as in the manual.</summary>
    public async Task<IReadOnlyList<PeriodRow>> RowsAsync(CustodyReportingOperator op, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(op);
        var today = clock.TodayInShanghai;
        var reports = (await ReportsAsync(op.OperatorUserId, tracked: false, cancellationToken)).ToDictionary(r => r.Period);
        var rows = new List<PeriodRow>();
        foreach (var period in ReportingRules.PeriodsToDate(op.SupervisedSince, today))
        {
            var deadline = await schedule.DeadlineAsync(period, cancellationToken);
            var report = reports.GetValueOrDefault(period);
            rows.Add(new PeriodRow(rows.Count + 1, period, deadline, ReportingRules.StatusOf(report?.Status, deadline, today), report));
        }

        return rows;
    }

    /// <summary>The operator's own report of a period; null when none was filed.</summary>
    public async Task<QuarterlyReport?> FindAsync(CustodyReportingOperator op, ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(op);
        return await db.Set<QuarterlyReport>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.OperatorUserId == op.OperatorUserId && r.QuarterEnd == period.End, cancellationToken);
    }

    /// <summary>Whether the period may be filed today (提示(1), (3)); null when it may.</summary>
    public async Task<string?> CheckPeriodAsync(CustodyReportingOperator op, ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(op);
        var filed = (await ReportsAsync(op.OperatorUserId, tracked: false, cancellationToken)).ToDictionary(r => r.Period, r => r.Status);
        return ReportingRules.CheckPeriod(period, op.SupervisedSince, clock.TodayInShanghai, op.AccountLabel is not null, filed);
    }

    /// <summary>
    /// Files the period: refused with specific messages and nothing saved, or saved as 待核对, or 已退回 at once when the
    /// custody at quarter end is below the required share (提示(2)). A second submit that races this one is refused.
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(ReportPeriod period, ReportForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await OperatorAsync(cancellationToken) is not { } op)
        {
            return SubmitOutcome.Refused(NotFiledMessage);
        }

        var reports = await ReportsAsync(op.OperatorUserId, tracked: true, cancellationToken);
        var filed = reports.ToDictionary(r => r.Period, r => r.Status);
        if (ReportingRules.CheckPeriod(period, op.SupervisedSince, clock.TodayInShanghai, op.AccountLabel is not null, filed) is { } refusal)
        {
            return SubmitOutcome.Refused(refusal);
        }

        var (figures, parseErrors) = form.Parse();
        if (figures is null)
        {
            return new SubmitOutcome(parseErrors, null, null);
        }

        var previous = reports.FirstOrDefault(r => r.Period == period.Previous && r.Status != ReportStatus.Returned)?.Figures;
        var reason = string.IsNullOrWhiteSpace(form.DifferenceReason) ? null : form.DifferenceReason.Trim();
        var errors = ReportingRules.CheckFigures(figures, previous, reason);
        if (errors.Count > 0)
        {
            return new SubmitOutcome(errors, null, null);
        }

        var atQuarterEnd = await custody.QuarterEndAsync(op.OperatorUserId, period.End, figures.BalanceFen, cancellationToken);
        var returnReason = ReportingRules.AutoReturnReason(atQuarterEnd, figures.BalanceFen);
        var report = reports.FirstOrDefault(r => r.Period == period);
        if (report is null)
        {
            report = new QuarterlyReport(Guid.NewGuid(), op.TenantId, op.OperatorUserId, period);
            db.Add(report);
        }

        report.File(figures, reason, op.AccountLabel!, atQuarterEnd.CustodyFen, atQuarterEnd.RequiredAfterOffsetFen, returnReason, clock.UtcNow.UtcDateTime);
        // CreditRisk's 逾期未报期数 and 退回次数 may change with the filing: it recomputes the code on this event.
        events.Publish(new ReportingFactsChanged(op.OperatorUserId, op.TenantId, returnReason is null ? "季度数据报送" : "季度数据自动退回"), op.TenantId);
        // The report and its step into the district's queue (R4) commit together, or neither does.
        return await db.InTransactionAsync(() => SaveFiledAsync(op, report, period, cancellationToken), o => o.Saved, cancellationToken);
    }

    private async Task<SubmitOutcome> SaveFiledAsync(CustodyReportingOperator op, QuarterlyReport report, ReportPeriod period, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await FiledMeanwhileAsync(op.OperatorUserId, period, report.Revision - 1, cancellationToken))
            {
                throw;
            }

            // Another submit (a double click, a second tab) filed the period first: its report stands, this one is not saved.
            return SubmitOutcome.Refused(DuplicateMessage);
        }

        if (report.Status == ReportStatus.Pending && await verification.EnqueueAsync(report, op.OperatorName, cancellationToken) is { } refusal)
        {
            return SubmitOutcome.Refused(refusal);
        }

        return new SubmitOutcome([], report.Status, report.ReturnReason);
    }

    private async Task<List<QuarterlyReport>> ReportsAsync(Guid operatorUserId, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Set<QuarterlyReport>().Where(r => r.OperatorUserId == operatorUserId);
        return await (tracked ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
    }

    /// <summary>After a failed save: whether the period's row now exists with a revision other than the one this submit started from.</summary>
    private async Task<bool> FiledMeanwhileAsync(Guid operatorUserId, ReportPeriod period, int startedFrom, CancellationToken cancellationToken) =>
        await db.Set<QuarterlyReport>().AsNoTracking()
            .AnyAsync(r => r.OperatorUserId == operatorUserId && r.QuarterEnd == period.End && r.Revision != startedFrom, cancellationToken);
}

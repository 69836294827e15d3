using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Risk;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application;

/// <summary>
/// <see cref="IReportingRiskFacts"/>: per chunk of operators, Custody's supervision (two queries), the reports (one) and
/// the card-system links (one). 逾期未报期数 follows the periods table: a period past its 数据期限 that is unfiled or
/// still 已退回. 退回次数 sums the returns of the reports of the last four ended quarters.
/// </summary>
internal sealed class ReportingRiskFacts(PlatformDbContext db, ICustodyReportingFacts custody, ICardSystemConnections connections, ReportingSchedule schedule, IClock clock)
    : IReportingRiskFacts
{
    private const int PageSize = 1000;

    public async Task<IReadOnlyDictionary<Guid, ReportingRiskFact>> ForOperatorsAsync(IReadOnlyCollection<Guid> operatorUserIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operatorUserIds);
        var ids = operatorUserIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, ReportingRiskFact>();
        }

        var today = clock.TodayInShanghai;
        var operators = await custody.SupervisedOperatorsAsync(ids, cancellationToken);
        var reports = (await db.Set<QuarterlyReport>().AsNoTracking().Where(r => ids.Contains(r.OperatorUserId))
                .Select(r => new { r.OperatorUserId, r.QuarterEnd, r.Status, r.ReturnCount, r.LastReturnedAtUtc }).ToListAsync(cancellationToken))
            .ToLookup(r => r.OperatorUserId);
        var linked = await connections.ListAsync(ids, cancellationToken);
        var returnsFrom = ReportPeriod.Of(today).Previous.End.AddMonths(-3 * ReportingRiskFact.ReturnWindowQuarters);
        var deadlines = new Dictionary<ReportPeriod, DateOnly>();
        var facts = new Dictionary<Guid, ReportingRiskFact>();
        foreach (var op in operators)
        {
            var own = reports[op.OperatorUserId].ToDictionary(r => r.QuarterEnd);
            var overdue = new List<ReportPeriod>();
            foreach (var period in ReportingRules.PeriodsToDate(op.SupervisedSince, today))
            {
                if (!deadlines.TryGetValue(period, out var deadline))
                {
                    deadline = deadlines[period] = await schedule.DeadlineAsync(period, cancellationToken);
                }

                if (today > deadline && (!own.TryGetValue(period.End, out var report) || report.Status == ReportStatus.Returned))
                {
                    overdue.Add(period);
                }
            }

            var recent = own.Values.Where(r => r.QuarterEnd > returnsFrom && r.ReturnCount > 0).ToList();
            facts[op.OperatorUserId] = new ReportingRiskFact(
                op.OperatorUserId, op.TenantId, op.Uscc, overdue.Count, overdue.Count > 0 ? overdue[0].End : null,
                recent.Sum(r => r.ReturnCount), recent.Max(r => r.LastReturnedAtUtc), linked.GetValueOrDefault(op.OperatorUserId)?.CardSystemName);
        }

        return facts;
    }

    public async Task<IReadOnlyList<Guid>> SupervisedOperatorsAsync(CancellationToken cancellationToken = default)
    {
        var ids = new List<Guid>();
        Guid? continuation = null;
        do
        {
            var page = await custody.SupervisedOperatorsAsync(continuation, PageSize, cancellationToken);
            ids.AddRange(page.Operators.Select(o => o.OperatorUserId));
            continuation = page.Next;
        }
        while (continuation is not null);

        return ids;
    }
}

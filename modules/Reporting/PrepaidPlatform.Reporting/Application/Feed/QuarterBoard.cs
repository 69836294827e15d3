using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application.Feed;

/// <summary>
/// One operator on file in one quarter: its 填报 status (null when the quarter is before its first one or not ended), its
/// report, its card-system connection, the card systems' quarter-end figures and where the report differs from them.
/// </summary>
internal sealed record BoardRow(
    FiledOperatorEntry Operator, PeriodStatus? Status, QuarterlyReport? Report, CardSystemConnection? Connection, CardFeedFigures? Feed, IReadOnlyList<FeedGap> Gaps)
{
    public bool Divergent => Gaps.Count > 0;
}

/// <summary>
/// The operators on file of the caller's scope (a district; the city in its city scope) for one quarter, built set-based:
/// one query each for the operators, the quarter's reports, the connections and the quarter-end feed, however many
/// operators there are (issue 13 · 6 and 8). The district list of 填报情况 and the 季度汇总 both read it.
/// </summary>
internal sealed class QuarterBoard(
    PlatformDbContext db, IFiledOperatorDirectory directory, ICardSystemConnections connections, ReportingSchedule schedule, IRuleProfile rules, IClock clock)
{
    public async Task<IReadOnlyList<BoardRow>> RowsAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var operators = await directory.ListAsync(cancellationToken);
        var reports = await db.Set<QuarterlyReport>().AsNoTracking().Where(r => r.QuarterEnd == period.End)
            .ToDictionaryAsync(r => r.OperatorUserId, cancellationToken);
        var links = await connections.ListAsync(cancellationToken);
        // An operator reported by two systems (two of its shops, say) is the sum of both.
        var feed = await db.Set<CardFeedRecord>().AsNoTracking().Where(r => r.Day == period.End)
            .GroupBy(r => r.OperatorUserId)
            .Select(g => new { g.Key, Prepaid = g.Sum(r => r.PrepaidTotalFen), Balance = g.Sum(r => r.BalanceFen), Issued = g.Sum(r => r.CardsIssued), WithBalance = g.Sum(r => r.CardsWithBalance) })
            .ToDictionaryAsync(g => g.Key, g => new CardFeedFigures(g.Prepaid, g.Balance, g.Issued, g.WithBalance), cancellationToken);
        var deadline = await schedule.DeadlineAsync(period, cancellationToken);
        var ratio = (await rules.GetAsync(cancellationToken)).FeedDivergenceRatio;
        var today = clock.TodayInShanghai;

        return operators.Select(op =>
        {
            var report = reports.GetValueOrDefault(op.OperatorUserId);
            var due = report is not null || (ReportPeriod.Of(op.FiledOn) <= period && period.End < today);
            var fed = feed.GetValueOrDefault(op.OperatorUserId);
            var gaps = report is not null && fed is not null ? FeedDivergence.Compare(report.Figures, fed, ratio) : [];
            return new BoardRow(op, due ? ReportingRules.StatusOf(report?.Status, deadline, today) : null, report, links.GetValueOrDefault(op.OperatorUserId), fed, gaps);
        }).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Application.Feed;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application.Summaries;

/// <summary>One line of a summary: a name (an industry, a street, 合计, a district) and its figures.</summary>
internal sealed record SummaryLine(string Name, SummaryFigures Figures);

/// <summary>A district's 季度汇总 as it stands now, and what it last submitted to the city (null when it has not).</summary>
internal sealed record DistrictSummaryView(ReportPeriod Period, SummaryLine Total, IReadOnlyList<SummaryLine> ByIndustry, IReadOnlyList<SummaryLine> ByStreet, DistrictSummary? Submitted);

/// <summary>The city's table: one line per district with its submitted figures (null: 未报送), and the total of those submitted.</summary>
internal sealed record CitySummaryLine(TenantInfo District, DistrictSummary? Submitted);

/// <summary>
/// 季度汇总 (issue 13 · 8). A district's: its operators on file for a quarter, totals and counts per industry and per street,
/// built from <see cref="QuarterBoard"/> (a fixed number of queries whatever the number of operators), submitted to the
/// city as a snapshot. The city's: the districts' submitted snapshots side by side, read in the city scope in one query.
/// </summary>
internal sealed class QuarterSummaries(PlatformDbContext db, QuarterBoard board, ICurrentUser user, ICurrentTenant tenant, ICrossTenantAccess crossTenant, ITenantDirectory tenants, IClock clock)
{
    public const string Unknown = "未填写";

    public async Task<DistrictSummaryView> DistrictAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var rows = await board.RowsAsync(period, cancellationToken);
        var submitted = await db.Set<DistrictSummary>().AsNoTracking().FirstOrDefaultAsync(s => s.QuarterEnd == period.End, cancellationToken);
        return new DistrictSummaryView(
            period,
            new SummaryLine("合计", Sum(rows)),
            Group(rows, r => r.Operator.IndustryName ?? Unknown),
            Group(rows, r => r.Operator.StreetName ?? Unknown),
            submitted);
    }

    /// <summary>报送市级: the district's figures as they stand now become its submitted summary of the quarter. Null when saved; else why not.</summary>
    public async Task<string?> SubmitAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        if (tenant.Id is not { } tenantId || user.Id is not { } userId)
        {
            return "仅区商务部门可报送季度汇总。";
        }

        if (period.End >= clock.TodayInShanghai)
        {
            return $"{period.Name}尚未结束：季度结束后方可报送该季度汇总。";
        }

        var figures = Sum(await board.RowsAsync(period, cancellationToken));
        for (var attempt = 1; ; attempt++)
        {
            var summary = await db.Set<DistrictSummary>().FirstOrDefaultAsync(s => s.QuarterEnd == period.End, cancellationToken);
            if (summary is null)
            {
                summary = new DistrictSummary(Guid.NewGuid(), tenantId, period);
                db.Add(summary);
            }

            summary.Submit(figures, userId, clock.UtcNow.UtcDateTime);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another submit of this quarter (a second tab) saved first: read its row and replace its figures.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Every district of the city with its submitted summary of the quarter (city scope; one query for the summaries).</summary>
    public async Task<IReadOnlyList<CitySummaryLine>> CityAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var districts = await tenants.ListAsync(cancellationToken);
        using var city = crossTenant.EnterCityScope();
        var submitted = await db.Set<DistrictSummary>().AsNoTracking().Where(s => s.QuarterEnd == period.End)
            .ToDictionaryAsync(s => s.TenantId!.Value, cancellationToken);
        return districts.Where(d => d.IsActive || submitted.ContainsKey(d.Id)).OrderBy(d => d.Code, StringComparer.Ordinal)
            .Select(d => new CitySummaryLine(d, submitted.GetValueOrDefault(d.Id))).ToList();
    }

    /// <summary>The figures of a set of board rows; the sums count the reports not returned (待核对 and 已通过).</summary>
    public static SummaryFigures Sum(IEnumerable<BoardRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Add(rows.Select(Of));
    }

    /// <summary>One operator's share of a summary: its counts (0 or 1) and its report's figures when not returned.</summary>
    private static SummaryFigures Of(BoardRow row)
    {
        var r = row.Report is { Status: not ReportStatus.Returned } report ? report : null;
        static int One(bool yes) => yes ? 1 : 0;
        return new SummaryFigures(
            1, One(row.Status is not null), One(row.Report is not null), One(row.Status == PeriodStatus.Pending), One(row.Status == PeriodStatus.Returned),
            One(row.Status == PeriodStatus.Accepted), One(row.Status == PeriodStatus.Overdue), One(row.Connection is not null), One(row.Divergent),
            r?.PrepaidTotalFen ?? 0, r?.BalanceFen ?? 0, r?.CardsWithBalance ?? 0, r?.QuarterPrepaidFen ?? 0, r?.QuarterCardsIssued ?? 0,
            r?.QuarterConsumptionFen ?? 0, r?.QuarterRefundFen ?? 0, r?.QuarterCardReturnFen ?? 0);
    }

    /// <summary>The total of several summaries (the city's 合计 line of the submitted ones).</summary>
    public static SummaryFigures Add(IEnumerable<SummaryFigures> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        return all.Aggregate(SummaryFigures.Zero, (a, b) => new SummaryFigures(
            a.Operators + b.Operators, a.Due + b.Due, a.Reported + b.Reported, a.Pending + b.Pending, a.Returned + b.Returned, a.Accepted + b.Accepted,
            a.Overdue + b.Overdue, a.Connected + b.Connected, a.Divergent + b.Divergent, a.PrepaidTotalFen + b.PrepaidTotalFen, a.BalanceFen + b.BalanceFen,
            a.CardsWithBalance + b.CardsWithBalance, a.QuarterPrepaidFen + b.QuarterPrepaidFen, a.QuarterCardsIssued + b.QuarterCardsIssued,
            a.QuarterConsumptionFen + b.QuarterConsumptionFen, a.QuarterRefundFen + b.QuarterRefundFen, a.QuarterCardReturnFen + b.QuarterCardReturnFen));
    }

    private static List<SummaryLine> Group(IReadOnlyList<BoardRow> rows, Func<BoardRow, string> key) =>
        rows.GroupBy(key).OrderBy(g => g.Key == Unknown).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => new SummaryLine(g.Key, Sum(g))).ToList();
}

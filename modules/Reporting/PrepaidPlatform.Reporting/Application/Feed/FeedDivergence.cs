using System.Globalization;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application.Feed;

/// <summary>One figure where a quarterly report and the card system's quarter-end figure are further apart than allowed.</summary>
/// <param name="Money">Whether the figures are 分 (shown in 元) or counts.</param>
internal sealed record FeedGap(string Label, long Reported, long Fed, bool Money)
{
    /// <summary>How far apart, as a share of the card system's figure (1 when that is 0).</summary>
    public decimal Share => Fed == 0 ? 1m : Math.Abs(Reported - Fed) / (decimal)Fed;

    /// <summary>"预收资金余额：填报 345,100.00 元，发卡系统 300,000.00 元，相差 15.03%".</summary>
    public string Text => Money
        ? $"{Label}：填报 {ReportingRules.Yuan(Reported)} 元，发卡系统 {ReportingRules.Yuan(Fed)} 元，相差 {Percent(Share)}"
        : $"{Label}：填报 {Reported:N0}，发卡系统 {Fed:N0}，相差 {Percent(Share)}";

    private static string Percent(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}

/// <summary>
/// 数据差异 (issue 13 · 6): a quarterly report against the connected card systems' figures of the quarter's last day. A
/// figure differs when the gap is more than the rule profile's share of the card system's figure (default 5%); compared are
/// 预收资金, 预收资金余额 and 余额卡总数, the figures both sides state at the quarter's end.
/// </summary>
internal static class FeedDivergence
{
    public static IReadOnlyList<FeedGap> Compare(ReportFigures report, CardFeedFigures feed, decimal ratio)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(feed);
        FeedGap[] figures =
        [
            new("预收资金", report.PrepaidTotalFen, feed.PrepaidTotalFen, true),
            new("预收资金余额", report.BalanceFen, feed.BalanceFen, true),
            new("余额卡总数", report.CardsWithBalance, feed.CardsWithBalance, false),
        ];
        return figures.Where(g => g.Reported != g.Fed && (g.Fed == 0 || Math.Abs(g.Reported - g.Fed) > ratio * g.Fed)).ToList();
    }
}

using PrepaidPlatform.Reporting.Application.Feed;
using PrepaidPlatform.Reporting.Domain;
using static PrepaidPlatform.Reporting.Tests.Feed.FeedArrangement;

namespace PrepaidPlatform.Reporting.Tests.Feed;

/// <summary>数据差异 (issue 13 · 6): a report's figure further from the card system's quarter-end figure than the setting allows.</summary>
public sealed class FeedDivergenceTests
{
    private static readonly CardFeedFigures Fed = new(50_000_000, 30_000_000, 40, 20);

    [Fact]
    public void Figures_within_the_share_are_not_flagged_even_at_the_limit()
    {
        // 315,000.00 is exactly 5% above 300,000.00; 21 cards are 5% above 20.
        FeedDivergence.Compare(Figures(500000.00m, 315000.00m, 21), Fed, 0.05m).ShouldBeEmpty();
        FeedDivergence.Compare(Figures(500000.00m, 300000.00m, 20), Fed, 0.05m).ShouldBeEmpty();
    }

    [Fact]
    public void A_figure_beyond_the_share_is_flagged_with_both_figures_and_the_gap()
    {
        var gaps = FeedDivergence.Compare(Figures(500000.00m, 315000.01m, 22), Fed, 0.05m);

        gaps.Select(g => g.Text).ShouldBe([
            "预收资金余额：填报 315,000.01 元，发卡系统 300,000.00 元，相差 5%",
            "余额卡总数：填报 22，发卡系统 20，相差 10%",
        ]);
    }

    [Fact]
    public void A_lower_report_counts_as_much_as_a_higher_one_and_the_setting_decides()
    {
        var report = Figures(450000.00m, 280000.00m, 20);
        FeedDivergence.Compare(report, Fed, 0.05m).Select(g => g.Label).ShouldBe(["预收资金", "预收资金余额"]);
        FeedDivergence.Compare(report, Fed, 0.10m).ShouldBeEmpty();
    }

    [Fact]
    public void Anything_against_a_zero_figure_is_a_gap()
    {
        var gaps = FeedDivergence.Compare(Figures(0m, 0m, 1), new CardFeedFigures(0, 0, 0, 0), 0.05m);
        gaps.Single().Text.ShouldBe("余额卡总数：填报 1，发卡系统 0，相差 100%");
    }
}

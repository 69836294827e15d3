using PrepaidPlatform.Supervision.Application.Warnings;

namespace PrepaidPlatform.Supervision.Tests.Warnings;

/// <summary>The closure-risk rules (issue 18 · 3): each signal's points and its reason naming the figures, and what does not fire.</summary>
public sealed class ClosureRiskRuleTests
{
    private static readonly ClosureSignals Nothing = new();

    [Fact]
    public void An_operator_without_signals_scores_nothing() => ClosureRiskRules.Evaluate(Nothing).ShouldBeEmpty();

    [Fact]
    public void Card_sales_surging_while_consumption_falls_scores_thirty_with_both_figures()
    {
        var reasons = ClosureRiskRules.Evaluate(Nothing with { Quarters = new QuarterPair("2026年3季度", 28_000_000, 6_000_000, 10_000_000, 10_000_000) });

        var reason = reasons.ShouldHaveSingleItem();
        (reason.Rule, reason.Score).ShouldBe((ClosureRiskRules.SalesSurge, 30));
        reason.Text.ShouldBe("2026年3季度预收资金 280,000.00 元，较上季度增长 180%；季度消费金额 60,000.00 元，较上季度下降 40%");
    }

    [Fact]
    public void Sales_from_nothing_count_as_a_surge_and_say_so()
    {
        var reason = ClosureRiskRules.Evaluate(Nothing with { Quarters = new QuarterPair("2026年3季度", 5_000_000, 100_000, 0, 1_000_000) }).ShouldHaveSingleItem();
        reason.Text.ShouldBe("2026年3季度预收资金由 0 元增至 50,000.00 元；季度消费金额 1,000.00 元，较上季度下降 90%");
    }

    [Fact]
    public void The_t_plus_one_feed_shows_the_same_surge_over_thirty_days()
    {
        var reason = ClosureRiskRules.Evaluate(Nothing with { Feed = new FeedPair(3_000_000, 500_000, 1_000_000, 1_000_000) }).ShouldHaveSingleItem();
        (reason.Rule, reason.Score).ShouldBe((ClosureRiskRules.SalesSurge, 30));
        reason.Text.ShouldBe("发卡系统T+1数据：近30天售卡 30,000.00 元，较前30天增长 200%；近30天消费 5,000.00 元，较前30天下降 50%");
    }

    [Fact]
    public void Quarterly_and_feed_surges_score_once_with_both_figures()
    {
        var reason = ClosureRiskRules.Evaluate(Nothing with
        {
            Quarters = new QuarterPair("2026年3季度", 28_000_000, 6_000_000, 10_000_000, 10_000_000),
            Feed = new FeedPair(3_000_000, 500_000, 1_000_000, 1_000_000),
        }).ShouldHaveSingleItem();
        reason.Score.ShouldBe(30);
        reason.Text.ShouldStartWith("2026年3季度预收资金 280,000.00 元");
        reason.Text.ShouldContain("；发卡系统T+1数据：近30天售卡 30,000.00 元");
    }

    [Theory]
    [InlineData(14_900_000, 6_000_000)] // sales up 49%: not a surge
    [InlineData(28_000_000, 8_100_000)] // consumption down 19%: not a fall
    [InlineData(28_000_000, 12_000_000)] // consumption up
    public void Sales_growth_alone_or_consumption_holding_up_does_not_fire(long prepaidFen, long consumptionFen) =>
        ClosureRiskRules.Evaluate(Nothing with { Quarters = new QuarterPair("2026年3季度", prepaidFen, consumptionFen, 10_000_000, 10_000_000) }).ShouldBeEmpty();

    [Fact]
    public void Custody_short_scores_twenty_naming_custody_and_balance()
    {
        var reason = ClosureRiskRules.Evaluate(Nothing with { CustodyShort = true, CustodyFen = 119_900_00, BalanceFen = 1_000_000_00 }).ShouldHaveSingleItem();
        (reason.Rule, reason.Score).ShouldBe((ClosureRiskRules.CustodyShort, 20));
        reason.Text.ShouldBe("存管不足：存管金额 119,900.00 元，预收资金余额 1,000,000.00 元");
    }

    [Fact]
    public void Custody_shrinking_by_thirty_percent_in_ninety_days_scores_fifteen()
    {
        var reason = ClosureRiskRules.Evaluate(Nothing with { CustodyEarlierFen = 1_000_000, CustodyFen = 600_000 }).ShouldHaveSingleItem();
        (reason.Rule, reason.Score).ShouldBe((ClosureRiskRules.CustodyShrinking, 15));
        reason.Text.ShouldBe("存管金额90天内由 10,000.00 元降至 6,000.00 元，下降 40%");

        ClosureRiskRules.Evaluate(Nothing with { CustodyEarlierFen = 1_000_000, CustodyFen = 700_001 }).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(3, 1, true)]
    [InlineData(4, 2, true)]
    [InlineData(2, 0, false)] // too few to call a trend
    [InlineData(5, 3, false)] // not twice the window before
    public void Complaints_rise_when_at_least_three_and_twice_the_ninety_days_before(int recent, int prior, bool fires)
    {
        var reasons = ClosureRiskRules.Evaluate(Nothing with { ComplaintsRecent = recent, ComplaintsPrior = prior });
        if (!fires)
        {
            reasons.ShouldBeEmpty();
            return;
        }

        var reason = reasons.ShouldHaveSingleItem();
        (reason.Rule, reason.Score).ShouldBe((ClosureRiskRules.ComplaintsRising, 20));
        reason.Text.ShouldBe($"近90天预付卡投诉 {recent} 件，前90天 {prior} 件");
    }

    [Fact]
    public void Arrears_of_rent_and_wages_score_twenty_five_once_listing_each()
    {
        var reason = ClosureRiskRules.Evaluate(Nothing with
        {
            Arrears = [new("拖欠工资", new DateOnly(2026, 11, 3)), new("欠缴房租", new DateOnly(2026, 10, 1))],
        }).ShouldHaveSingleItem();
        (reason.Rule, reason.Score).ShouldBe((ClosureRiskRules.Arrears, 25));
        reason.Text.ShouldBe("存在欠费记录：欠缴房租（2026-10-01）、拖欠工资（2026-11-03）");
    }

    [Fact]
    public void A_deregistration_application_alone_reaches_the_default_threshold()
    {
        var reason = ClosureRiskRules.Evaluate(Nothing with
        {
            FilingDeregistration = new(new DateOnly(2026, 11, 20), PublicNotice: false),
            MarketDeregisteringOn = new DateOnly(2026, 11, 18),
        }).ShouldHaveSingleItem();
        (reason.Rule, reason.Score).ShouldBe((ClosureRiskRules.Deregistering, 50));
        reason.Text.ShouldBe("已提交备案注销申请（2026-11-20，审核中）；市场监管部门登记申请注销（2026-11-18）");
        reason.Score.ShouldBeGreaterThanOrEqualTo(int.Parse(DefaultThreshold, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Signals_lining_up_add_up_and_each_keeps_its_reason()
    {
        var reasons = ClosureRiskRules.Evaluate(Nothing with
        {
            Quarters = new QuarterPair("2026年3季度", 28_000_000, 6_000_000, 10_000_000, 10_000_000),
            CustodyShort = true,
            CustodyFen = 0,
            BalanceFen = 1_000_000,
            CustodyEarlierFen = 500_000,
            ComplaintsRecent = 6,
            ComplaintsPrior = 1,
            Arrears = [new("欠缴电费", new DateOnly(2026, 9, 30))],
        });

        reasons.Select(r => r.Rule).ShouldBe([ClosureRiskRules.SalesSurge, ClosureRiskRules.CustodyShort, ClosureRiskRules.CustodyShrinking, ClosureRiskRules.ComplaintsRising, ClosureRiskRules.Arrears]);
        reasons.Sum(r => r.Score).ShouldBe(30 + 20 + 15 + 20 + 25);
    }

    private static string DefaultThreshold
    {
        get
        {
            var context = new Definitions();
            ClosureWarningSettings.Define(context);
            return context.Added.Single(d => d.Name == ClosureWarningSettings.Threshold).DefaultValue;
        }
    }

    private sealed class Definitions : PrepaidPlatform.Platform.Settings.ISettingDefinitionContext
    {
        public List<PrepaidPlatform.Platform.Settings.SettingDefinition> Added { get; } = [];

        public void Add(PrepaidPlatform.Platform.Settings.SettingDefinition definition) => Added.Add(definition);
    }
}

using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Platform.Tests;

/// <summary>The rule profile's figures as later modules read them (REFERENCE.md "Rule profiles"), and the custody rule of each city.</summary>
public sealed class RuleProfileTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const long 万元 = 1_000_000; // in 分

    private Task<RuleFigures> DefaultsAsync() => factory.InScopeAsync(sp => sp.GetRequiredService<IRuleProfile>().GetAsync());

    private async Task<RuleFigures> ShanghaiAsync() => (await DefaultsAsync()) with { Profile = RuleProfileKind.Shanghai };

    private static CustodyBasis Basis(long balanceFen, long? revenueFen = null, bool young = false, bool dishonest = false) =>
        new(balanceFen, revenueFen, young ? new DateOnly(2025, 3, 1) : new DateOnly(2020, 3, 1), new DateOnly(2025, 12, 31), dishonest);

    [Fact]
    public async Task Beijing_is_the_default_profile_with_the_figures_of_the_regulation_and_the_manual()
    {
        var rules = await DefaultsAsync();
        rules.Profile.ShouldBe(RuleProfileKind.Beijing);
        rules.FilingThresholdFen.ShouldBe(50 * 万元);
        rules.CustodyRatio.ShouldBe(0.40m);
        rules.ReportingDeadlineWorkingDays.ShouldBe(20);
        rules.ReviewWorkingDays.ShouldBe(3);
        rules.DeregistrationNoticeDays.ShouldBe(30);
        // Issue 13 · 6: a quarterly report more than 5% from the card system's quarter-end figures is flagged.
        rules.FeedDivergenceRatio.ShouldBe(0.05m);
    }

    [Fact]
    public async Task Shanghai_figures_are_there_with_their_defaults()
    {
        var rules = await DefaultsAsync();
        rules.ShanghaiCustodyThresholdFen.ShouldBe(20 * 万元);
        rules.ShanghaiCustodyRatio.ShouldBe(0.40m);
        rules.ShanghaiSpecialStandardRevenueRatio.ShouldBe(0.20m);
        rules.ShanghaiSpecialStandardCapFen.ShouldBe(5000 * 万元);
        rules.ShanghaiSpecialStandardCustodyRatio.ShouldBe(1m);
        rules.ShanghaiYoungOperatorMonths.ShouldBe(12);
        rules.ShanghaiYoungOperatorCustodyRatio.ShouldBe(1m);
        rules.ShanghaiSeriousDishonestCustodyRatio.ShouldBe(1m);
        rules.ShanghaiQuarterlyReportDay.ShouldBe(25);
        rules.ShanghaiConnectionMarkWorkingDays.ShouldBe(5);
    }

    [Fact]
    public async Task Beijing_filing_is_mandatory_from_fifty_wan_yuan_and_Shanghai_connects_every_card_system()
    {
        var beijing = await DefaultsAsync();
        beijing.IsFilingRequired(50 * 万元 - 1).ShouldBeFalse();
        beijing.IsFilingRequired(50 * 万元).ShouldBeTrue();
        (await ShanghaiAsync()).IsFilingRequired(1).ShouldBeTrue();
    }

    [Fact]
    public async Task Beijing_keeps_forty_percent_of_any_balance_rounded_up_to_the_fen()
    {
        var beijing = await DefaultsAsync();
        beijing.RequiredCustodyRatio(Basis(10 * 万元, dishonest: true)).ShouldBe(0.40m);
        beijing.RequiredCustodyFen(Basis(1_000_001)).ShouldBe(400_001);
    }

    [Theory]
    [InlineData(20 * 万元, 0)]
    [InlineData(20 * 万元 + 1, 0.40)]
    [InlineData(4900 * 万元, 0.40)]
    [InlineData(5000 * 万元 + 1, 1.00)]
    public async Task Shanghai_keeps_forty_percent_above_twenty_wan_and_all_above_the_5000_wan_cap(long balanceFen, double expected)
    {
        // Without a year's revenue the special standard is the cap.
        (await ShanghaiAsync()).RequiredCustodyRatio(Basis(balanceFen)).ShouldBe((decimal)expected);
    }

    [Theory]
    [InlineData(1500, 0.40)]
    [InlineData(2001, 1.00)]
    public async Task Shanghai_special_standard_is_twenty_percent_of_last_years_main_revenue(long balance万元, double expected)
    {
        // Revenue 1 亿元 → special standard 2000 万元.
        var shanghai = await ShanghaiAsync();
        shanghai.ShanghaiSpecialStandardFen(10_000 * 万元).ShouldBe(2000 * 万元);
        shanghai.RequiredCustodyRatio(Basis(balance万元 * 万元, revenueFen: 10_000 * 万元)).ShouldBe((decimal)expected);
    }

    [Fact]
    public async Task Shanghai_special_standard_is_capped_at_5000_wan_yuan()
    {
        var shanghai = await ShanghaiAsync();
        shanghai.ShanghaiSpecialStandardFen(100_000 * 万元).ShouldBe(5000 * 万元);
        shanghai.RequiredCustodyRatio(Basis(4000 * 万元, revenueFen: 100_000 * 万元)).ShouldBe(0.40m);
        shanghai.RequiredCustodyRatio(Basis(6000 * 万元, revenueFen: 100_000 * 万元)).ShouldBe(1m);
    }

    [Fact]
    public async Task Shanghai_operator_under_one_year_old_keeps_everything_above_twenty_wan()
    {
        var shanghai = await ShanghaiAsync();
        shanghai.RequiredCustodyRatio(Basis(30 * 万元, young: true)).ShouldBe(1m);
        shanghai.RequiredCustodyRatio(Basis(15 * 万元, young: true)).ShouldBe(0m);
        shanghai.RequiredCustodyRatio(Basis(30 * 万元, young: false)).ShouldBe(0.40m);
    }

    [Fact]
    public async Task Shanghai_serious_dishonest_entity_keeps_everything_above_twenty_wan_and_nothing_below()
    {
        var shanghai = await ShanghaiAsync();
        shanghai.RequiredCustodyRatio(Basis(30 * 万元, dishonest: true)).ShouldBe(1m);
        shanghai.RequiredCustodyFen(Basis(30 * 万元, dishonest: true)).ShouldBe(30 * 万元);
        shanghai.RequiredCustodyRatio(Basis(10 * 万元, dishonest: true)).ShouldBe(0m);
    }

    [Fact]
    public async Task Shanghai_asks_nothing_at_or_below_twenty_wan_even_above_a_small_special_standard()
    {
        // Revenue 50 万元 → special standard 10 万元; a balance of 15 万元 is above it but not above 20 万元.
        var shanghai = await ShanghaiAsync();
        shanghai.RequiredCustodyRatio(Basis(15 * 万元, revenueFen: 50 * 万元)).ShouldBe(0m);
        shanghai.RequiredCustodyRatio(Basis(21 * 万元, revenueFen: 50 * 万元)).ShouldBe(1m);
    }

    [Fact]
    public async Task Beijing_manual_statement_row_is_short_of_forty_percent_by_18140_yuan()
    {
        // 专用存管账户管理 · 存管账单: 存管 119,900 元 against a balance of 345,100 元 = 34.7 %.
        var beijing = await DefaultsAsync();
        var required = beijing.RequiredCustodyFen(Basis(34_510_000));
        required.ShouldBe(13_804_000);
        (required - 11_990_000).ShouldBe(1_814_000);
    }
}

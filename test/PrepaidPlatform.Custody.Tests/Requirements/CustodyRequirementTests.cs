using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Requirements;

/// <summary>
/// 应存管金额 in words under both profiles (REFERENCE.md "Rule profiles"; the manual's 存管账单 row: 存管 119,900 元 against
/// a balance of 345,100 元 = 34.7 %, short of 40 %).
/// </summary>
public sealed class CustodyRequirementTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const long 万元 = 1_000_000;
    private static readonly DateOnly Today = new(2026, 12, 5);

    private Task<RuleFigures> BeijingAsync() => factory.InScopeAsync(sp => sp.GetRequiredService<IRuleProfile>().GetAsync());

    private async Task<RuleFigures> ShanghaiAsync() => (await BeijingAsync()) with { Profile = RuleProfileKind.Shanghai };

    private CustodyOperator Operator(long filingBalanceFen, long? custodyFen, DateOnly? registeredOn = null)
    {
        var op = new CustodyOperator(Guid.NewGuid(), new FiledCustodyOperator(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "91110107MA01AB2C3C", "演示企业2", "SW2026050600006", Guid.NewGuid(), filingBalanceFen,
            registeredOn ?? new DateOnly(2020, 1, 1)));
        op.Bind(Guid.NewGuid(), "BOB", "支行", ProtectedValue.None);
        if (custodyFen is { } custody)
        {
            op.ApplyStatement(new CustodyStatement(Guid.NewGuid(), Guid.NewGuid(), op.Id, Guid.NewGuid(), Guid.NewGuid(), "r", DateTime.UtcNow,
                filingBalanceFen, custody, filingBalanceFen - custody, CustodyAccountStatus.Supervised, null, StatementSource.Api, DateTime.UtcNow));
        }

        return op;
    }

    [Fact]
    public async Task Manual_statement_row_is_short_of_forty_percent_by_18140_yuan_in_Beijing()
    {
        var view = CustodyRequirements.Evaluate(await BeijingAsync(), Operator(34_510_000, 11_990_000), 0, Today);
        view.Working.ShouldBe("预收资金余额 345,100.00 元 × 40% = 138,040.00 元，履约保险抵扣 0.00 元");
        view.BasisText.ShouldBe("依据：备案信息填报的预收资金余额");
        view.Met.ShouldBe(false);
        view.ComplianceLabel.ShouldBe("不足");
        view.ShortfallFen.ShouldBe(1_814_000);
    }

    [Fact]
    public async Task Custody_at_forty_percent_meets_the_Beijing_rule()
    {
        var view = CustodyRequirements.Evaluate(await BeijingAsync(), Operator(34_510_000, 13_804_000), 0, Today);
        view.Met.ShouldBe(true);
        view.ComplianceLabel.ShouldBe("达标");
        view.ShortfallFen.ShouldBe(0);
    }

    [Fact]
    public async Task A_valid_policy_offsets_the_requirement_and_a_larger_one_leaves_nothing_to_keep()
    {
        var beijing = await BeijingAsync();
        var offset = CustodyRequirements.Evaluate(beijing, Operator(34_510_000, 11_990_000), 2_000_000, Today);
        offset.Working.ShouldBe("预收资金余额 345,100.00 元 × 40% = 138,040.00 元，履约保险抵扣 20,000.00 元");
        offset.RequiredAfterOffsetFen.ShouldBe(11_804_000);
        offset.Met.ShouldBe(true);

        var covered = CustodyRequirements.Evaluate(beijing, Operator(34_510_000, null), 50_000_000, Today);
        covered.OffsetFen.ShouldBe(13_804_000);
        covered.Met.ShouldBe(true);
    }

    [Fact]
    public async Task Without_a_statement_the_operator_is_neither_met_nor_short()
    {
        var view = CustodyRequirements.Evaluate(await BeijingAsync(), Operator(34_510_000, null), 0, Today);
        view.Met.ShouldBeNull();
        view.ComplianceLabel.ShouldBe("待核验");
    }

    [Fact]
    public async Task A_fed_quarterly_report_replaces_the_filing_balance_and_the_page_names_the_quarter()
    {
        var op = Operator(34_510_000, 11_990_000);
        op.RecordQuarterBalance(new DateOnly(2026, 9, 30), 25_000_000).ShouldBeTrue();
        op.RecordQuarterBalance(new DateOnly(2026, 6, 30), 90_000_000).ShouldBeFalse();
        var view = CustodyRequirements.Evaluate(await BeijingAsync(), op, 0, Today);
        view.BasisText.ShouldBe("依据：2026年第三季度数据填报");
        view.Working.ShouldBe("预收资金余额 250,000.00 元 × 40% = 100,000.00 元，履约保险抵扣 0.00 元");
        view.Met.ShouldBe(true);
    }

    [Theory]
    [InlineData(20 * 万元, "× 0% = 0.00 元")]
    [InlineData(30 * 万元, "× 40% = 120,000.00 元")]
    public async Task Shanghai_asks_nothing_up_to_twenty_wan_and_forty_percent_above(long balanceFen, string working)
    {
        var view = CustodyRequirements.Evaluate(await ShanghaiAsync(), Operator(balanceFen, 0), 0, Today);
        view.Working.ShouldContain(working);
        view.Met.ShouldBe(balanceFen <= 20 * 万元);
    }

    [Fact]
    public async Task Shanghai_special_standard_from_declared_revenue_asks_for_the_whole_balance()
    {
        // Declared revenue 150 万元 → special standard 30 万元, below the balance; 1000 万元 → 200 万元, above it.
        var op = Operator(40 * 万元, 0);
        op.DeclareRevenue(150 * 万元, DateTime.UtcNow);
        CustodyRequirements.Evaluate(await ShanghaiAsync(), op, 0, Today).Working.ShouldContain("× 100% = 400,000.00 元");
        op.DeclareRevenue(1000 * 万元, DateTime.UtcNow);
        CustodyRequirements.Evaluate(await ShanghaiAsync(), op, 0, Today).Working.ShouldContain("× 40% = 160,000.00 元");
    }

    [Fact]
    public async Task Shanghai_young_or_serious_dishonest_operator_keeps_everything_above_twenty_wan_only()
    {
        var shanghai = await ShanghaiAsync();
        CustodyRequirements.Evaluate(shanghai, Operator(30 * 万元, 0, registeredOn: Today.AddMonths(-6)), 0, Today).RequiredFen.ShouldBe(30 * 万元);
        var dishonest = Operator(30 * 万元, 0);
        dishonest.SetSeriousDishonest(true, "列入严重失信主体名单", null, DateTime.UtcNow);
        CustodyRequirements.Evaluate(shanghai, dishonest, 0, Today).RequiredFen.ShouldBe(30 * 万元);
        var small = Operator(15 * 万元, 0);
        small.SetSeriousDishonest(true, "列入严重失信主体名单", null, DateTime.UtcNow);
        CustodyRequirements.Evaluate(shanghai, small, 0, Today).RequiredFen.ShouldBe(0);
    }
}

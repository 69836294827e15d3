using System.Net;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Supervision.Tests.Support;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Supervision.Tests.Warnings;

/// <summary>
/// Tenant isolation of 闭店风险预警 (issue 18 · 3 · Done when): a district sees its own list and its own operators'
/// warnings, never another district's, whatever the URL asks; the city sees every district and filters by one.
/// </summary>
public sealed class WarningTenancyTests(SupervisionFactory factory) : IClassFixture<SupervisionFactory>
{
    private const string Chaoyang = "110105";
    private const string Haidian = "110108";

    [Fact]
    public async Task A_district_lists_its_own_warned_operators_and_cannot_open_another_districts()
    {
        var (own, other) = await TwoWarnedOperatorsAsync();
        using var district = await factory.SignedInClientAsync("reviewer" + Chaoyang);

        var list = await district.GetPageAsync("/Supervision/Warnings");
        list.ShouldContain(own.Name);
        list.ShouldContain("已提交备案注销申请");
        list.ShouldNotContain(other.Name);
        list.ShouldNotContain("data-testid=\"recompute\"");

        (await district.GetPageAsync($"/Supervision/Warnings?district={other.TenantId}")).ShouldNotContain(other.Name);
        var details = await district.GetPageAsync($"/Supervision/Warnings/Operator?id={own.OperatorUserId}");
        details.ShouldContain(own.Name);
        details.ShouldContain($"href=\"/CreditRisk/Archive/{own.OperatorUserId}\"");
        (await district.GetAsync($"/Supervision/Warnings/Operator?id={other.OperatorUserId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var recompute = await district.PostFormAsync("/Supervision/Warnings", new Dictionary<string, string>(), "/Supervision/Warnings?handler=Recompute");
        recompute.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (recompute.StatusCode == HttpStatusCode.Redirect)
        {
            recompute.Headers.Location!.ToString().ShouldNotStartWith("/Supervision/Warnings");
        }
    }

    [Fact]
    public async Task The_other_districts_reviewer_sees_only_its_own()
    {
        var (own, other) = await TwoWarnedOperatorsAsync();
        using var district = await factory.SignedInClientAsync("reviewer" + Haidian);

        var list = await district.GetPageAsync("/Supervision/Warnings");
        list.ShouldContain(other.Name);
        list.ShouldNotContain(own.Name);
        (await district.GetAsync($"/Supervision/Warnings/Operator?id={own.OperatorUserId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_city_sees_every_district_filters_by_one_and_may_recompute()
    {
        var (own, other) = await TwoWarnedOperatorsAsync();
        using var city = await factory.SignedInClientAsync("cityadmin");

        var recompute = await city.PostFormAsync("/Supervision/Warnings", new Dictionary<string, string>(), "/Supervision/Warnings?handler=Recompute");
        recompute.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var all = await city.GetPageAsync("/Supervision/Warnings");
        all.ShouldContain(own.Name);
        all.ShouldContain(other.Name);
        all.ShouldContain("朝阳区");
        all.ShouldContain("data-testid=\"recompute\"");

        var haidian = await city.GetPageAsync($"/Supervision/Warnings?district={other.TenantId}");
        haidian.ShouldContain(other.Name);
        haidian.ShouldNotContain(own.Name);
        (await city.GetPageAsync($"/Supervision/Warnings/Operator?id={other.OperatorUserId}")).ShouldContain("欠缴房租");
    }

    [Fact]
    public async Task The_menu_of_district_and_city_lists_the_warnings()
    {
        using var district = await factory.SignedInClientAsync("reviewer" + Chaoyang);
        (await district.GetPageAsync("/Supervision")).ShouldContain("/Supervision/Warnings");
        using var city = await factory.SignedInClientAsync("cityadmin");
        (await city.GetPageAsync("/Supervision")).ShouldContain("/Supervision/Warnings");
    }

    /// <summary>A warned operator in 朝阳 (a 注销 application) and one in 海淀 (arrears of rent and a 注销 at the regulator), computed.</summary>
    private async Task<(ArrangedOperator Own, ArrangedOperator Other)> TwoWarnedOperatorsAsync()
    {
        var own = await factory.AnOperatorAsync(Chaoyang, "预警隔离测试行业");
        factory.Deregistrations.Add(new OpenDeregistration(own.OperatorUserId, own.TenantId, DateTime.UtcNow, PublicNotice: false));
        var other = await factory.AnOperatorAsync(Haidian, "预警隔离测试行业");
        factory.CreditRecords.Add(new CreditRisk.CreditRecordFact(other.OperatorUserId, other.TenantId, CreditRisk.CreditRecordTypes.RentArrears, factory.Today.AddDays(-20)));
        factory.CreditRecords.Add(new CreditRisk.CreditRecordFact(other.OperatorUserId, other.TenantId, CreditRisk.CreditRecordTypes.Deregistering, factory.Today.AddDays(-5)));
        await factory.ComputeWarningsAsync();
        return (own, other);
    }
}

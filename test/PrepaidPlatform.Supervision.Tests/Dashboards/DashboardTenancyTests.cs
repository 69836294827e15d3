using System.Net;
using MiniExcelLibs;
using PrepaidPlatform.Supervision.Tests.Support;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Supervision.Tests.Dashboards;

/// <summary>
/// Tenant isolation of the dashboards (issue 18 · Done when): a district user sees its own district's figures and
/// operators, never another's, whatever the URL asks; the city sees every district and its meeting view.
/// </summary>
public sealed class DashboardTenancyTests(SupervisionFactory factory) : IClassFixture<SupervisionFactory>
{
    private const string Chaoyang = "110105";
    private const string Haidian = "110108";

    [Fact]
    public async Task District_dashboard_and_drill_down_show_only_the_districts_own_operators()
    {
        var own = await factory.AnOperatorAsync(Chaoyang, "隔离测试本区行业", custodyFen: 1_000_000);
        var other = await factory.AnOperatorAsync(Haidian, "隔离测试他区行业", custodyFen: 1_000_000, colour: "红码");
        await factory.RefreshAsync();
        using var district = await factory.SignedInClientAsync("reviewer" + Chaoyang);

        var dashboard = await district.GetPageAsync("/Supervision");
        dashboard.ShouldContain("隔离测试本区行业");
        dashboard.ShouldNotContain("隔离测试他区行业");

        var list = await district.GetPageAsync("/Supervision/Operators");
        list.ShouldContain(own.Name);
        list.ShouldNotContain(other.Name);

        // Asking for the other district by URL changes nothing: the tenant filter still applies.
        var otherTenant = other.TenantId;
        var asked = await district.GetPageAsync($"/Supervision/Operators?district={otherTenant}");
        asked.ShouldNotContain(other.Name);
        var byKey = await district.GetPageAsync("/Supervision/Operators?dim=Industry&key=" + Uri.EscapeDataString("隔离测试他区行业"));
        byKey.ShouldNotContain(other.Name);

        var export = await district.GetAsync("/Supervision/Operators?handler=Export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = (await export.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.ShouldContain(r => (string?)r["经营者名称"] == own.Name);
        rows.ShouldNotContain(r => (string?)r["经营者名称"] == other.Name);

        var table = await district.GetAsync("/Supervision?handler=Export&dimension=Industry");
        var figures = (await table.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        figures.ShouldContain(r => (string?)r["行业"] == "隔离测试本区行业");
        figures.ShouldNotContain(r => (string?)r["行业"] == "隔离测试他区行业");
    }

    [Fact]
    public async Task District_users_may_neither_refresh_nor_open_the_meeting_view()
    {
        await factory.AnOperatorAsync(Chaoyang, "权限测试行业");
        await factory.RefreshAsync();
        using var district = await factory.SignedInClientAsync("reviewer" + Chaoyang);

        var page = await district.GetPageAsync("/Supervision");
        page.ShouldNotContain("data-testid=\"refresh\"");
        var refresh = await district.PostFormAsync("/Supervision", new Dictionary<string, string>(), "/Supervision?handler=Refresh");
        refresh.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (refresh.StatusCode == HttpStatusCode.Redirect)
        {
            refresh.Headers.Location!.ToString().ShouldNotStartWith("/Supervision?quarter");
        }

        var meeting = await district.GetAsync("/Supervision/Meeting");
        meeting.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task City_sees_every_district_and_the_meeting_view_per_district()
    {
        var chaoyang = await factory.AnOperatorAsync(Chaoyang, "全市测试行业", custodyFen: 0, cardSystem: "演示发卡系统", complaints: 2);
        var haidian = await factory.AnOperatorAsync(Haidian, "全市测试行业", custodyFen: 1_000_000);
        using var city = await factory.SignedInClientAsync("cityadmin");

        var refresh = await city.PostFormAsync("/Supervision", new Dictionary<string, string>(), "/Supervision?handler=Refresh");
        refresh.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var dashboard = await city.GetPageAsync("/Supervision");
        dashboard.ShouldContain("全市测试行业");
        dashboard.ShouldContain("朝阳区");
        dashboard.ShouldContain("海淀区");
        dashboard.ShouldContain("echarts.min.js");

        var list = await city.GetPageAsync("/Supervision/Operators?dim=Industry&key=" + Uri.EscapeDataString("全市测试行业"));
        list.ShouldContain(chaoyang.Name);
        list.ShouldContain(haidian.Name);

        var shortList = await city.GetPageAsync("/Supervision/Operators?dim=Industry&key=" + Uri.EscapeDataString("全市测试行业") + "&compliance=" + Uri.EscapeDataString("不足"));
        shortList.ShouldContain(chaoyang.Name);
        shortList.ShouldNotContain(haidian.Name);

        var onlyHaidian = await city.GetPageAsync($"/Supervision/Operators?district={haidian.TenantId}");
        onlyHaidian.ShouldContain(haidian.Name);
        onlyHaidian.ShouldNotContain(chaoyang.Name);

        var meeting = await city.GetPageAsync("/Supervision/Meeting");
        meeting.ShouldContain("朝阳区");
        meeting.ShouldContain("海淀区");
        meeting.ShouldContain("东城区");
    }
}

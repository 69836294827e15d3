using System.Net;
using MiniExcelLibs;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Requirements;

/// <summary>
/// 存管监测 (SPEC C3): a district lists its own short and 信息异常 operators and opens their detail; another district's
/// operators are neither listed nor reachable by id; the city sees every district with the district named.
/// </summary>
public sealed class MonitoringPageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private readonly string _tag = Guid.NewGuid().ToString("N")[..6];

    private async Task<(Guid Short, Guid Abnormal, Guid Met)> ArrangeAsync()
    {
        var shortOne = await factory.AnOperatorAsync("110107", 34_510_000, name: "石景山不足" + _tag);
        await factory.StatementAsync(shortOne, 34_510_000, 11_990_000);
        var abnormal = await factory.AnOperatorAsync("110108", 10_000_000, name: "海淀异常" + _tag);
        await factory.StatementAsync(abnormal, 10_000_000, 5_000_000, CustodyAccountStatus.Abnormal, "账户冻结");
        var met = await factory.AnOperatorAsync("110108", 10_000_000, name: "海淀达标" + _tag);
        await factory.StatementAsync(met, 10_000_000, 5_000_000);
        return (shortOne, abnormal, met);
    }

    [Fact]
    public async Task A_district_lists_only_its_own_short_and_abnormal_operators()
    {
        var (shortOne, abnormal, _) = await ArrangeAsync();
        using var shijingshan = await factory.SignedInClientAsync("reviewer110107");
        var page = WebUtility.HtmlDecode(await shijingshan.GetPageAsync("/Custody/Monitoring?search=" + "石景山不足" + _tag));
        page.ShouldContain("石景山不足" + _tag);
        page.ShouldContain("18,140.00");
        page.ShouldContain("不足");

        using var haidian = await factory.SignedInClientAsync("reviewer110108");
        var list = WebUtility.HtmlDecode(await haidian.GetPageAsync("/Custody/Monitoring"));
        list.ShouldContain("海淀异常" + _tag);
        list.ShouldContain("账户冻结");
        list.ShouldNotContain("海淀达标" + _tag);
        list.ShouldNotContain("石景山不足" + _tag);
        (await haidian.GetAsync($"/Custody/Monitoring/Detail/{shortOne}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shijingshan.GetAsync($"/Custody/Monitoring/Detail/{abnormal}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_detail_page_shows_the_requirement_in_words()
    {
        var (shortOne, _, _) = await ArrangeAsync();
        using var shijingshan = await factory.SignedInClientAsync("reviewer110107");
        var page = WebUtility.HtmlDecode(await shijingshan.GetPageAsync($"/Custody/Monitoring/Detail/{shortOne}"));
        page.ShouldContain("预收资金余额 345,100.00 元 × 40% = 138,040.00 元，履约保险抵扣 0.00 元");
        page.ShouldContain("依据：备案信息填报的预收资金余额");
        page.ShouldContain("119,900.00 元");
        page.ShouldContain("差额 18,140.00 元");
    }

    [Fact]
    public async Task The_city_sees_every_district_with_its_name_and_may_filter_by_district()
    {
        var (shortOne, abnormal, _) = await ArrangeAsync();
        using var city = await factory.SignedInClientAsync("cityadmin");
        var page = WebUtility.HtmlDecode(await city.GetPageAsync("/Custody/Monitoring?search=" + _tag));
        page.ShouldContain("石景山不足" + _tag);
        page.ShouldContain("海淀异常" + _tag);
        page.ShouldContain("石景山区");
        page.ShouldContain("海淀区");
        var haidian = await factory.TenantAsync("110108");
        var filtered = WebUtility.HtmlDecode(await city.GetPageAsync($"/Custody/Monitoring?search={_tag}&district={haidian}"));
        filtered.ShouldNotContain("石景山不足" + _tag);
        filtered.ShouldContain("海淀异常" + _tag);
        (await city.GetAsync($"/Custody/Monitoring/Detail/{shortOne}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await city.GetAsync($"/Custody/Monitoring/Detail/{abnormal}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_list_exports_to_excel_and_an_operator_may_not_open_it()
    {
        await ArrangeAsync();
        using var haidian = await factory.SignedInClientAsync("reviewer110108");
        using var export = await haidian.GetAsync("/Custody/Monitoring?handler=Export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = (await export.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = rows.Single(r => (string?)r["经营者名称"] == "海淀异常" + _tag);
        row["账户状态"].ShouldBe("信息异常");
        row["说明"].ShouldBe("账户冻结");
        rows.ShouldNotContain(r => (string?)r["经营者名称"] == "石景山不足" + _tag);

        using var operatorClient = await factory.SignedInClientAsync("91110107MA01AB2C3C");
        (await operatorClient.GetAsync("/Custody/Monitoring")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}

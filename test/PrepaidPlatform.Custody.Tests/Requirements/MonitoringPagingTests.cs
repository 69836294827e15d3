using System.Net;
using System.Text.RegularExpressions;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Requirements;

/// <summary>
/// 存管监测 beyond one page (30 rows): page 2 holds the rest, the page links keep the filter, and the city's list holds
/// every district's operators where a district's holds only its own.
/// </summary>
public sealed partial class MonitoringPagingTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const int ShortInChaoyang = CustodyMonitoring.PageSize + 5;
    private readonly string _tag = "分页" + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task Paging_keeps_the_filter_and_the_city_sees_the_districts_that_a_district_does_not()
    {
        for (var i = 0; i < ShortInChaoyang; i++)
        {
            var op = await factory.AnOperatorAsync("110105", 34_510_000, name: $"{_tag}朝阳{i:D2}");
            await factory.StatementAsync(op, 34_510_000, 11_990_000);
        }

        var abnormal = await factory.AnOperatorAsync("110105", 10_000_000, name: $"{_tag}朝阳异常");
        await factory.StatementAsync(abnormal, 10_000_000, 5_000_000, CustodyAccountStatus.Abnormal, "账户冻结");
        for (var i = 0; i < 2; i++)
        {
            var op = await factory.AnOperatorAsync("110108", 34_510_000, name: $"{_tag}海淀{i:D2}");
            await factory.StatementAsync(op, 34_510_000, 11_990_000);
        }

        using var chaoyang = await factory.SignedInClientAsync("reviewer110105");
        var filter = $"problem=Short&search={Uri.EscapeDataString(_tag)}";
        var first = await PageAsync(chaoyang, $"/Custody/Monitoring?{filter}");
        first.Names.Count.ShouldBe(CustodyMonitoring.PageSize);
        first.Html.ShouldContain($"共 {ShortInChaoyang} 家");
        // The link to page 2 carries the filter: the abnormal operator stays out of the short list on page 2 as well.
        first.Html.ShouldContain($"href=\"?problem=Short&search={Uri.EscapeDataString(_tag)}&district=&p=2\"");
        var second = await PageAsync(chaoyang, $"/Custody/Monitoring?{filter}&p=2");
        second.Names.Count.ShouldBe(ShortInChaoyang - CustodyMonitoring.PageSize);
        first.Names.Concat(second.Names).Order().ShouldBe(Enumerable.Range(0, ShortInChaoyang).Select(i => $"{_tag}朝阳{i:D2}"));
        second.Html.ShouldNotContain("海淀");

        // Without the problem filter the abnormal one joins: 36 rows, still two pages.
        var all = await PageAsync(chaoyang, $"/Custody/Monitoring?search={Uri.EscapeDataString(_tag)}&p=2");
        all.Html.ShouldContain($"共 {ShortInChaoyang + 1} 家");
        all.Names.Count.ShouldBe(ShortInChaoyang + 1 - CustodyMonitoring.PageSize);

        using var city = await factory.SignedInClientAsync("cityadmin");
        var citywide = await PageAsync(city, $"/Custody/Monitoring?{filter}&p=2");
        citywide.Html.ShouldContain($"共 {ShortInChaoyang + 2} 家");
        citywide.Names.Count.ShouldBe(ShortInChaoyang + 2 - CustodyMonitoring.PageSize);
        var cityNames = (await PageAsync(city, $"/Custody/Monitoring?{filter}")).Names.Concat(citywide.Names).ToList();
        cityNames.ShouldContain($"{_tag}海淀00");
        cityNames.ShouldContain($"{_tag}海淀01");
        var haidian = await factory.TenantAsync("110108");
        var cityHaidian = await PageAsync(city, $"/Custody/Monitoring?{filter}&district={haidian}");
        cityHaidian.Names.ShouldBe([$"{_tag}海淀00", $"{_tag}海淀01"]);
    }

    private static async Task<(string Html, List<string> Names)> PageAsync(PlatformClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var names = RowName().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        return (WebUtility.HtmlDecode(html), names);
    }

    [GeneratedRegex("<tr data-testid=\"monitoring-row\">\\s*<td><a href=\"/Custody/Monitoring/Detail/[0-9a-fA-F-]+\">([^<]*)</a>")]
    private static partial Regex RowName();
}

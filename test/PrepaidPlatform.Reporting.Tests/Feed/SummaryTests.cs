using System.Net;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using PrepaidPlatform.Custody.Tests.Pages;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Reporting.Tests.Feed.FeedArrangement;

namespace PrepaidPlatform.Reporting.Tests.Feed;

/// <summary>
/// The district's 填报情况 with 已对接 and 数据差异, its 季度汇总 per industry and street, the submission to the city and the
/// city's table of districts, the Excel exports (issue 13 · 6, 8); another district sees none of it.
/// </summary>
public sealed partial class SummaryTests(ArrangedPlatform factory) : IClassFixture<ArrangedPlatform>
{
    private const string Haidian = "reviewer110108", Shijingshan = "reviewer110107";

    [Fact]
    public async Task The_district_summary_counts_and_sums_per_industry_and_street()
    {
        var a = await ArrangedAsync();
        using var client = await factory.SignedInClientAsync(Haidian);
        var html = await client.GetPageAsync("/Reporting/Summary?period=" + a.PeriodValue);

        // 4 on file, 3 due (S4 was filed after the quarter), 2 reported (S1 待核对, S2 已退回), S3 已超期; 3 connected, S1 divergent.
        Cells(html, "summary-total", "合计").ShouldBe(new Dictionary<string, string>
        {
            ["operators"] = "4", ["due"] = "3", ["reported"] = "2", ["pending"] = "1", ["returned"] = "1", ["accepted"] = "0", ["overdue"] = "1",
            ["connected"] = "3", ["divergent"] = "1", ["prepaid"] = "500,000.00", ["balance"] = "300,000.00",
        });
        Cells(html, "summary-industry", "餐饮业-正餐服务")["reported"].ShouldBe("2");
        Cells(html, "summary-industry", "餐饮业-咖啡馆服务").ShouldBe(new Dictionary<string, string>
        {
            ["operators"] = "2", ["due"] = "1", ["reported"] = "0", ["pending"] = "0", ["returned"] = "0", ["accepted"] = "0", ["overdue"] = "1",
            ["connected"] = "1", ["divergent"] = "0", ["prepaid"] = "0.00", ["balance"] = "0.00",
        });
        Cells(html, "summary-street", "万寿路街道")["balance"].ShouldBe("300,000.00");
        Cells(html, "summary-street", "永定路街道")["returned"].ShouldBe("1");
        html.ShouldNotContain(a.OtherDistrict.Name);
    }

    [Fact]
    public async Task The_district_summary_exports_to_excel_with_the_pages_figures()
    {
        var a = await ArrangedAsync();
        using var client = await factory.SignedInClientAsync(Haidian);
        using var response = await client.GetAsync("/Reporting/Summary?handler=Export&period=" + a.PeriodValue);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        MiniExcel.GetSheetNames(stream).ShouldBe(["合计", "按行业", "按街道"]);
        var byIndustry = stream.Query(useHeaderRow: true, sheetName: "按行业").Cast<IDictionary<string, object?>>().ToList();
        byIndustry.Select(r => r["所属行业"]).ShouldBe(["餐饮业-咖啡馆服务", "餐饮业-正餐服务", "合计"]);
        var restaurants = byIndustry[1];
        (Convert.ToInt32(restaurants["已报(户)"]), Convert.ToInt32(restaurants["已退回(户)"]), Convert.ToDecimal(restaurants["预收资金余额(元)"]))
            .ShouldBe((2, 1, 300000.00m));
        var total = stream.Query(useHeaderRow: true, sheetName: "合计").Cast<IDictionary<string, object?>>().Single();
        (Convert.ToInt32(total["已超期(户)"]), Convert.ToInt32(total["数据差异(户)"]), Convert.ToDecimal(total["预收资金(元)"])).ShouldBe((1, 1, 500000.00m));
    }

    [Fact]
    public async Task A_submitted_summary_appears_in_the_citys_table_and_a_resubmit_replaces_it()
    {
        var a = await ArrangedAsync();
        using var district = await factory.SignedInClientAsync(Haidian);
        var page = "/Reporting/Summary?period=" + a.PeriodValue;
        using (var first = await district.PostFormAsync(page, new Dictionary<string, string>(), page.Replace("?", "?handler=Submit&", StringComparison.Ordinal)))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using (var second = await district.PostFormAsync(page, new Dictionary<string, string>(), page.Replace("?", "?handler=Submit&", StringComparison.Ordinal)))
        {
            second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await district.GetPageAsync(page)).ShouldContain("（第 2 次报送）");
        using var city = await factory.SignedInClientAsync("cityadmin");
        var table = await city.GetPageAsync("/Reporting/Summary/City?period=" + a.PeriodValue);
        var haidian = CityCells(table, "海淀区");
        (haidian["operators"], haidian["reported"], haidian["returned"], haidian["overdue"], haidian["balance"]).ShouldBe(("4", "2", "1", "1", "300,000.00"));
        RowOf(table, "district-row", "石景山区").ShouldContain("未报送");
        CityCells(table, "合计（已报送）")["operators"].ShouldBe("4");

        using var export = await city.GetAsync("/Reporting/Summary/City?handler=Export&period=" + a.PeriodValue);
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var line = rows.Single(r => (string?)r["区"] == "海淀区");
        ((string?)line["报送状态"], Convert.ToInt32(line["已报(户)"]), Convert.ToDecimal(line["预收资金余额(元)"])).ShouldBe(("已报送", 2, 300000.00m));
        rows.Single(r => (string?)r["区"] == "石景山区")["报送状态"].ShouldBe("未报送");
    }

    [Fact]
    public async Task A_quarter_that_has_not_ended_cannot_be_submitted()
    {
        await ArrangedAsync();
        var current = ReportPeriod.Of(Today);
        using var district = await factory.SignedInClientAsync(Haidian);
        var page = $"/Reporting/Summary?period={current.Year}-{current.Quarter}";
        using var response = await district.PostFormAsync(page, new Dictionary<string, string>(), page.Replace("?", "?handler=Submit&", StringComparison.Ordinal));
        (await response.Content.ReadAsStringAsync()).ShouldContain($"{current.Name}尚未结束：季度结束后方可报送该季度汇总。");
    }

    [Fact]
    public async Task The_districts_list_shows_connection_and_divergence_with_both_figures_and_filters_on_them()
    {
        var a = await ArrangedAsync();
        using var client = await factory.SignedInClientAsync(Haidian);
        var all = await client.GetPageAsync("/Reporting/Operators?period=" + a.PeriodValue);
        RowOf(all, "operator-row", a.Divergent.Uscc, "data-uscc").ShouldContain("预收资金余额：填报 300,000.00 元，发卡系统 280,000.00 元，相差 7.14%");
        RowOf(all, "operator-row", a.Divergent.Uscc, "data-uscc").ShouldContain("已对接");
        RowOf(all, "operator-row", a.Unconnected.Uscc, "data-uscc").ShouldContain("未对接");

        var unconnected = await client.GetPageAsync($"/Reporting/Operators?period={a.PeriodValue}&connected=no");
        unconnected.ShouldContain(a.Unconnected.Uscc);
        unconnected.ShouldNotContain(a.Divergent.Uscc);
        var divergent = await client.GetPageAsync($"/Reporting/Operators?period={a.PeriodValue}&divergent=true");
        divergent.ShouldContain("data-testid=\"total\">1<");
        divergent.ShouldContain(a.Divergent.Uscc);
    }

    [Fact]
    public async Task Another_district_sees_neither_the_operators_nor_the_summary_and_only_the_city_reads_all_districts()
    {
        var a = await ArrangedAsync();
        using var other = await factory.SignedInClientAsync(Shijingshan);
        var list = await other.GetPageAsync("/Reporting/Operators?period=" + a.PeriodValue);
        list.ShouldContain(a.OtherDistrict.Uscc);
        list.ShouldNotContain(a.Divergent.Uscc);
        Cells(await other.GetPageAsync("/Reporting/Summary?period=" + a.PeriodValue), "summary-total", "合计")["operators"].ShouldBe("1");

        foreach (var (user, url) in new[] { (Shijingshan, "/Reporting/Summary/City"), ("cityadmin", "/Reporting/Summary"), ("cityadmin", "/Reporting/Operators") })
        {
            using var client = await factory.SignedInClientAsync(user);
            using var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(factory.Clock.GetUtcNow().AddHours(8).UtcDateTime);

    /// <summary>
    /// 海淀区, the quarter before last (its deadline has passed whatever today is): S1 (正餐, 万寿路) 待核对 and 7% above the
    /// card system's balance; S2 (正餐, 永定路) 已退回; S3 (咖啡馆, 万寿路) connected, nothing filed; S4 (咖啡馆, 永定路) filed
    /// after the quarter, not connected. 石景山区: one operator with a report.
    /// </summary>
    private Task<Arrangement> ArrangedAsync() => factory.OnceAsync(async f =>
    {
        var period = ReportPeriod.Of(Today).Previous.Previous;
        var filedOn = period.Start.AddDays(-100);
        var s1 = await f.AFiledOperatorAsync("110108", "演示企业S1", Restaurants, Wanshoulu, filedOn);
        var s2 = await f.AFiledOperatorAsync("110108", "演示企业S2", Restaurants, Yongdinglu, filedOn);
        var s3 = await f.AFiledOperatorAsync("110108", "演示企业S3", Cafes, Wanshoulu, filedOn);
        var s4 = await f.AFiledOperatorAsync("110108", "演示企业S4", Cafes, Yongdinglu, period.End.AddDays(10));
        var other = await f.AFiledOperatorAsync("110107", "演示企业S5", Restaurants, "110107001", filedOn);
        await f.AReportAsync(s1, period, Figures(500000.00m, 300000.00m, 20));
        await f.AReportAsync(s2, period, Figures(100000.00m, 50000.00m, 5), ReportStatus.Returned);
        await f.AReportAsync(other, period, Figures(900000.00m, 800000.00m, 50));
        var system = await f.ACardSystemAsync();
        await f.PostOkAsync(system, Batch(
            Record(s1.Uscc, period.End, "Q-1", prepaid: 500000.00m, balance: 280000.00m, withBalance: 20),
            Record(s2.Uscc, period.End, "Q-2", prepaid: 100000.00m, balance: 49000.00m, withBalance: 5),
            Record(s3.Uscc, period.End.AddDays(-1), "Q-3")));
        return new Arrangement($"{period.Year}-{period.Quarter}", s1, s4, other);
    });

    private static Dictionary<string, string> Cells(string html, string table, string name)
    {
        var start = html.IndexOf($"data-testid=\"{table}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no table {table}");
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return CellsOf(RowOf(html[start..end], "summary-row", name));
    }

    private static Dictionary<string, string> CityCells(string html, string name) => CellsOf(RowOf(html, "district-row", name));

    private static Dictionary<string, string> CellsOf(string row) =>
        Cell().Matches(row).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());

    private static string RowOf(string html, string testId, string key, string attribute = "data-name")
    {
        var start = html.IndexOf($"data-testid=\"{testId}\" {attribute}=\"{key}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no row {key}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("data-col=\"([a-z]+)\">([^<]*)<")]
    private static partial Regex Cell();

    private sealed record Arrangement(string PeriodValue, AFiledOperator Divergent, AFiledOperator Unconnected, AFiledOperator OtherDistrict);
}

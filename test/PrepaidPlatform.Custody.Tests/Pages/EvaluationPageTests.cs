using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Pages;

/// <summary>
/// 机构年度评价 (city) through HTTP with figures: evaluation year 2025 = 2025-07-01 to 2026-06-30, 365 days. 评价银行甲
/// delivered on 292 of them (及时性 80.0), 50 of 1,000 records refused (准确性 95.0), 2 complaints (投诉 80.0):
/// 0.4 × 80 + 0.4 × 95 + 0.2 × 80 = 86.0. 评价银行乙 delivered every day, nothing refused, no complaint in the year: 100.0.
/// </summary>
public sealed class EvaluationPageTests(ArrangedPlatform factory) : IClassFixture<ArrangedPlatform>
{
    private const string Url = "/Custody/Evaluation";

    [Fact]
    public async Task Banks_are_ranked_by_the_weighted_score_of_timeliness_accuracy_and_complaints()
    {
        await ArrangedAsync();
        using var city = await factory.SignedInClientAsync("cityadmin");
        var html = await city.GetPageAsync(Url + "?Year=2025");
        var rows = Rows(html);

        rows.Count.ShouldBe(2);
        rows[0].ShouldContain("评价银行乙");
        Cells(rows[0]).ShouldBe(["存管银行", "1", "评价银行乙", "365", "0", "365", "0", "0", "100.0", "100.0", "100.0", "100.0"]);
        Cells(rows[1]).ShouldBe(["存管银行", "2", "评价银行甲", "365", "73", "1000", "50", "2", "80.0", "95.0", "80.0", "86.0"]);
        // The weights are stated on the page in the rules list.
        html.ShouldContain("data-testid=\"rules\"");
        html.ShouldContain("20%");
    }

    [Fact]
    public async Task The_export_holds_the_same_ranking()
    {
        await ArrangedAsync();
        using var city = await factory.SignedInClientAsync("cityadmin");
        using var response = await city.GetAsync(Url + "?handler=Export&Year=2025");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        rows.Select(r => r["机构名称"]).ShouldBe(["评价银行乙", "评价银行甲"]);
        Convert.ToDecimal(rows[1]["综合得分"]).ShouldBe(86.0m);
        Convert.ToInt32(rows[1]["未报送天数"]).ShouldBe(73);
    }

    [Fact]
    public async Task A_complaint_dated_in_the_future_or_without_a_summary_is_refused_and_a_valid_one_counts_in_its_year()
    {
        var (_, second) = await ArrangedAsync();
        using var city = await factory.SignedInClientAsync("cityadmin");
        var future = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd");
        using var refused = await city.PostFormAsync(Url, new Dictionary<string, string> { ["institutionId"] = second.ToString(), ["receivedOn"] = future, ["summary"] = "未按时报送" }, Url + "?handler=Complaint");
        (await refused.Content.ReadAsStringAsync()).ShouldContain("投诉日期不能晚于今天。");
        using var empty = await city.PostFormAsync(Url, new Dictionary<string, string> { ["institutionId"] = second.ToString(), ["receivedOn"] = "2024-08-01", ["summary"] = " " }, Url + "?handler=Complaint");
        (await empty.Content.ReadAsStringAsync()).ShouldContain("请填写投诉摘要");
        (await CountComplaintsAsync(second)).ShouldBe(1);

        // Year 2024 (2024-07-01 to 2025-06-30): 评价银行乙 was registered on 2025-01-01, so it is in that year's table.
        using var stored = await city.PostFormAsync(Url, new Dictionary<string, string> { ["institutionId"] = second.ToString(), ["receivedOn"] = "2024-08-01", ["summary"] = "账单信息错误" }, Url + "?handler=Complaint");
        stored.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stored.Headers.Location!.OriginalString.ShouldContain("Year=2024");
        Rows(await city.GetPageAsync(Url + "?Year=2024")).Single(r => r.Contains("评价银行乙")).ShouldContain("<td class=\"text-end\">1</td>");
    }

    [Fact]
    public async Task District_staff_and_operators_cannot_open_the_evaluation()
    {
        foreach (var user in new[] { "reviewer110108", "91110107MA01AB2C3C" })
        {
            using var client = await factory.SignedInClientAsync(user);
            using var response = await client.GetAsync(Url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
        }
    }

    private Task<Arrangement> ArrangedAsync() => factory.OnceAsync(f => f.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PlatformDbContext>();
        var registered = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var first = new CustodyInstitution(Guid.NewGuid(), InstitutionKind.Bank, "评价银行甲", "91110000MA00EV0001", "CMBC", "甲", "010-1", registered);
        var second = new CustodyInstitution(Guid.NewGuid(), InstitutionKind.Bank, "评价银行乙", "91110000MA00EV0002", "CIB", "乙", "010-2", registered);
        db.AddRange(first, second);
        var day1 = new DateTime(2025, 7, 1, 2, 0, 0, DateTimeKind.Utc);
        for (var day = 0; day < 365; day++)
        {
            db.Add(new CustodyDelivery(Guid.NewGuid(), second.Id, day1.AddDays(day), StatementSource.Api, 1, 0, 0));
            if (day < 292)
            {
                db.Add(new CustodyDelivery(Guid.NewGuid(), first.Id, day1.AddDays(day), StatementSource.Api, 3, 0, 0));
            }
        }

        db.Add(new CustodyDelivery(Guid.NewGuid(), first.Id, day1.AddHours(5), StatementSource.Import, 74, 0, 50));
        db.Add(new CustodyComplaint(Guid.NewGuid(), first.Id, new DateOnly(2025, 9, 1), "账单延迟", "cityadmin", registered));
        db.Add(new CustodyComplaint(Guid.NewGuid(), first.Id, new DateOnly(2026, 6, 30), "账单错误", "cityadmin", registered));
        // Outside the year on either side: counted in 2024 and 2026, not in 2025.
        db.Add(new CustodyComplaint(Guid.NewGuid(), first.Id, new DateOnly(2025, 6, 30), "上一年度", "cityadmin", registered));
        db.Add(new CustodyComplaint(Guid.NewGuid(), second.Id, new DateOnly(2026, 7, 1), "下一年度", "cityadmin", registered));
        await db.SaveChangesAsync();
        return new Arrangement(first.Id, second.Id);
    }));

    private Task<int> CountComplaintsAsync(Guid institution) => factory.InScopeAsync(sp =>
        sp.GetRequiredService<PlatformDbContext>().Set<CustodyComplaint>().CountAsync(c => c.InstitutionId == institution));

    private static List<string> Rows(string html) =>
        html.Split("data-testid=\"evaluation-row\"").Skip(1).Select(r => r[..r.IndexOf("</tr>", StringComparison.Ordinal)]).ToList();

    private static List<string> Cells(string row) =>
        row.Split("<td").Skip(1).Select(c => System.Text.RegularExpressions.Regex.Replace(c[(c.IndexOf('>') + 1)..c.IndexOf("</td>", StringComparison.Ordinal)], "<[^>]+>", "").Trim()).ToList();

    private sealed record Arrangement(Guid First, Guid Second);
}

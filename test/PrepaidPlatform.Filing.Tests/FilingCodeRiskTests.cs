using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// The public filing code's five risk indicators count CreditRisk's records, the colour is the operator's code and
/// 动态情报 lists its public reasons newest first (issue 17 · 3), read through CreditRisk's contract.
/// </summary>
public sealed class FilingCodeRiskTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string DemoOperator = "91110107MA01AB2C3C";

    [Fact]
    public async Task The_code_page_counts_the_records_shows_the_code_and_its_public_reasons_newest_first()
    {
        var filing = await factory.ApprovedDemoFilingAsync();
        using var consumer = factory.AnonymousClient();
        var before = WebUtility.HtmlDecode(await consumer.GetPageAsync("/FilingCode/" + filing.FilingNumber));
        Counts(before).ShouldBe([0, 0, 0, 0, 0]);
        before.ShouldContain(">绿码<");
        before.ShouldContain("暂无内容");

        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        CreditRecordInput Record(string cls, string type, int daysAgo, string? endDate = null) =>
            new(DemoOperator, cls, type, "市场监管局", today.AddDays(-daysAgo).ToString("yyyy-MM-dd"), "FC-" + Guid.NewGuid().ToString("N")[..16], endDate, null);
        var outcomes = await factory.InScopeAsync(sp => sp.GetRequiredService<CreditRecordIntake>().IngestAsync(
        [
            Record("税费", "欠缴电费", 20),
            Record("负面", CreditClasses.AbnormalOperation, 15),
            Record("负面", CreditClasses.AdministrativePenalty, 40),
            Record("负面", CreditClasses.AdministrativePenalty, 30),
            Record("负面", CreditClasses.JudgmentDefaulter, 3),
            Record("负面", CreditClasses.EquityFrozen, 50, today.AddDays(-10).ToString("yyyy-MM-dd")),
            Record("投诉", CreditClasses.PrepaidComplaint, 1),
            Record("投诉", CreditClasses.PrepaidComplaint, 200),
        ], CreditChannel.Api, null, null, wholeOrNothing: false, CancellationToken.None));
        outcomes.ShouldAllBe(o => o.Result == IntakeResult.Accepted);

        var page = WebUtility.HtmlDecode(await consumer.GetPageAsync("/FilingCode/" + filing.FilingNumber));
        // 预付经营风险: the arrears (the frozen equity has ended); 基本信息风险: 经营异常名录; 行政处罚 2; 司法涉诉: 失信被执行人;
        // 投诉异常: the complaint of the last 90 days.
        Counts(page).ShouldBe([1, 1, 2, 1, 1]);
        page.ShouldContain("text-bg-danger\" data-testid=\"code-risk-colour\">红码<");
        var intelligence = Regex.Matches(page[page.IndexOf("code-intelligence", StringComparison.Ordinal)..], "<li>([^<]*)</li>").Select(m => m.Groups[1].Value.Trim()).ToList();
        intelligence.ShouldBe(
        [
            $"{today.AddDays(-3):yyyy-MM-dd} 该经营者被列为失信被执行人",
            $"{today.AddDays(-15):yyyy-MM-dd} 该经营者被列入经营异常名录",
            $"{today.AddDays(-20):yyyy-MM-dd} 该经营者存在欠缴税费记录",
            $"{today.AddDays(-30):yyyy-MM-dd} 该经营者受到行政处罚",
        ]);
        page.ShouldNotContain("FC-");
    }

    private static List<int> Counts(string html) =>
        CreditRiskProfile.IndicatorNames.Select(n => int.Parse(Regex.Match(html, $"<th class=\"fw-normal\">{n}</th><td>(\\d+)</td>").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
}

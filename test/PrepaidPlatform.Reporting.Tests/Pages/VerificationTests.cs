using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Custody.Tests.Pages;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Custody.Tests.Pages.SupervisedOperators;
using static PrepaidPlatform.Reporting.Tests.Pages.ReportingArrangement;

namespace PrepaidPlatform.Reporting.Tests.Pages;

/// <summary>
/// 核对 (SPEC R4) through HTTP: a filed report enters its district's queue on the <c>reporting.quarterly</c> workflow with
/// the custody figures and the previous quarter beside it; 退回 needs its reason (nothing saved without one) and reaches the
/// operator as an in-app message and an SMS; the re-filed report is back in the queue; 通过 feeds Custody's required custody
/// with the accepted balance; past 3 working days it is 已超时. Another district's reviewer reaches none of it.
/// </summary>
public sealed class VerificationTests(ArrangedPlatform factory) : IClassFixture<ArrangedPlatform>
{
    private const string Queue = "/Reporting/Verification";
    private const string Q4Of2025 = "/Reporting/Reports/File/2025/4";
    private const string Q1Of2026 = "/Reporting/Reports/File/2026/1";
    private const string Reviewer = "reviewer110107";
    private const string OtherReviewer = "reviewer110108";
    private const string AdministratorPhone = "13800000002";
    private const string ReturnedTwice = "近四个季度的季度数据报告被退回2次及以上";
    private const string Reason = "季度消费金额与收银系统不符，请核实后重新报送。";

    [Fact]
    public async Task A_report_returned_by_the_district_is_refiled_verified_and_feeds_custody()
    {
        var arrangement = await ArrangedAsync();
        var report = await ReportAsync(arrangement.UserId, new DateOnly(2025, 12, 31));
        report.Status.ShouldBe(ReportStatus.Pending);
        report.WorkflowInstanceId.ShouldNotBeNull();
        report.VerifyDueAtUtc.ShouldNotBeNull();

        using var reviewer = await factory.SignedInClientAsync(Reviewer);
        var row = Row(await reviewer.GetPageAsync(Queue), report.Id);
        foreach (var shown in new[] { "演示企业2", "2025年4季度数据", "345,100.00", "140,000.00", "138,040.00", "待核对" })
        {
            row.ShouldContain(shown);
        }

        var details = $"{Queue}/{report.Id}";
        var page = await reviewer.GetPageAsync(details);
        page.ShouldContain("data-testid=\"step-verify\"");
        page.ShouldContain("data-testid=\"step-return\"");

        // 退回 without a reason: the message beside the field, nothing saved.
        var refused = await PostStepAsync(reviewer, details, "return", "  ");
        refused.ShouldContain("请填写退回原因。");
        (await ReportAsync(arrangement.UserId, report.QuarterEnd)).Status.ShouldBe(ReportStatus.Pending);

        var returned = await PostStepAsync(reviewer, details, "return", Reason);
        returned.ShouldContain("data-testid=\"notice\"");
        var afterReturn = await ReportAsync(arrangement.UserId, report.QuarterEnd);
        (afterReturn.Status, afterReturn.ReturnReason).ShouldBe((ReportStatus.Returned, Reason));

        // The operator hears of it in the platform and by SMS, once, with the reason.
        await Poller.UntilAsync(() => InboxAsync(arrangement.UserId, "report.returned"), n => n == 1, "the in-app message of 退回");
        await Poller.UntilAsync(() => SmsAsync("report.returned"), n => n == 1, "the SMS of 退回");
        var body = (string?)await factory.ScalarAsync("SELECT Body FROM Notify_InboxMessages WHERE RecipientUserId = @u AND TemplateKey = 'report.returned'",
            ("@u", arrangement.UserId));
        body.ShouldNotBeNull().ShouldContain(Reason);
        body.ShouldContain("2025年4季度");

        // Re-filed, the report is back in the queue on the same row and instance.
        using var op = await factory.SignedInClientAsync(DemoOperator);
        (await op.GetPageAsync("/Reporting/Reports")).ShouldContain(Reason);
        using (var refiled = await op.PostFormAsync(Q4Of2025, ManualForm()))
        {
            refiled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var again = await ReportAsync(arrangement.UserId, report.QuarterEnd);
        (again.Id, again.Status, again.WorkflowInstanceId).ShouldBe((report.Id, ReportStatus.Pending, report.WorkflowInstanceId));
        Row(await reviewer.GetPageAsync(Queue), report.Id).ShouldContain("待核对");
        // One return is no reason yet (CreditRisk's 退回次数 1). The later quarters are unfiled on the platform clock, so
        // 逾期未报期数 already makes the code 红码: only the return rule's text is asserted here.
        (await RiskAsync(arrangement.UserId)).Intelligence.Select(i => i.Text).ShouldNotContain(ReturnedTwice);

        // Returned a second time: CreditRisk recomputes on Reporting's event and the return rule (黄码) is among the reasons.
        (await PostStepAsync(reviewer, details, "return", Reason)).ShouldContain("data-testid=\"notice\"");
        (await ReportAsync(arrangement.UserId, report.QuarterEnd)).ReturnCount.ShouldBe(2);
        var risk = await Poller.UntilAsync(() => RiskAsync(arrangement.UserId), r => r.Intelligence.Any(i => i.Text == ReturnedTwice), "the code recomputed after the second 退回");
        risk.Intelligence.Select(i => i.Text).ShouldContain("季度数据逾期未报超过一个上报周期");
        risk.Colour.ShouldBe("红码");
        using (var refiledAgain = await op.PostFormAsync(Q4Of2025, ManualForm()))
        {
            refiledAgain.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await PostStepAsync(reviewer, details, "verify", null)).ShouldContain("data-testid=\"notice\"");
        // Accepted, the two returns still count for the year.
        (await RiskAsync(arrangement.UserId)).Intelligence.Select(i => i.Text).ShouldContain(ReturnedTwice);
        var accepted = await ReportAsync(arrangement.UserId, report.QuarterEnd);
        (accepted.Status, accepted.ReturnReason).ShouldBe((ReportStatus.Accepted, null));
        var custody = await CustodyOperatorAsync(arrangement.OperatorId);
        (custody.ReportedQuarterEnd, custody.ReportedBalanceFen).ShouldBe((new DateOnly(2025, 12, 31), 34_510_000L));
        (await reviewer.GetPageAsync(Queue)).ShouldNotContain(report.Id.ToString());
        Row(await reviewer.GetPageAsync(Queue + "?filter=All"), report.Id).ShouldContain("已通过");
        (await reviewer.GetPageAsync(details)).ShouldNotContain("data-testid=\"step-verify\"");

        // The next quarter's report shows the accepted one beside it.
        using (var next = await op.PostFormAsync(Q1Of2026, NextQuarterForm()))
        {
            next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var q1 = await ReportAsync(arrangement.UserId, new DateOnly(2026, 3, 31));
        var q1Row = Row(await reviewer.GetPageAsync(Queue), q1.Id);
        q1Row.ShouldContain("345,600.00");
        q1Row.ShouldContain("data-testid=\"previous-balance\">345,100.00<");
        var comparison = await reviewer.GetPageAsync($"{Queue}/{q1.Id}");
        comparison.ShouldContain("2025年4季度数据");
        comparison.ShouldContain("501,000.00");
    }

    [Fact]
    public async Task Another_districts_reviewer_neither_sees_nor_decides_the_report()
    {
        var arrangement = await ArrangedAsync();
        var report = await ReportAsync(arrangement.UserId, new DateOnly(2025, 12, 31));
        using var other = await factory.SignedInClientAsync(OtherReviewer);
        foreach (var filter in new[] { "Pending", "Overdue", "All" })
        {
            (await other.GetPageAsync($"{Queue}?filter={filter}")).ShouldNotContain(report.Id.ToString());
        }

        using (var details = await other.GetAsync($"{Queue}/{report.Id}"))
        {
            details.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var instance = await factory.InScopeAsync(async sp =>
        {
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(report.TenantId);
            return await sp.GetRequiredService<Workflows.IWorkflowRuntime>().FindAsync(report.WorkflowInstanceId!.Value);
        });
        foreach (var trigger in new[] { "verify", "return" })
        {
            using var post = await other.PostFormAsync(Queue, new Dictionary<string, string>
            {
                ["Trigger"] = trigger, ["Reason"] = Reason, ["Version"] = instance!.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
            }, $"{Queue}/{report.Id}");
            post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var after = await ReportAsync(arrangement.UserId, report.QuarterEnd);
        (after.Revision, after.DecidedAtUtc).ShouldBe((report.Revision, report.DecidedAtUtc));
    }

    [Fact]
    public async Task Operators_and_the_city_cannot_open_the_districts_queue()
    {
        await ArrangedAsync();
        foreach (var user in new[] { DemoOperator, "cityadmin" })
        {
            using var client = await factory.SignedInClientAsync(user);
            using var response = await client.GetAsync(Queue);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
        }
    }

    private async Task<string> PostStepAsync(PlatformClient client, string url, string trigger, string? reason)
    {
        var page = await client.GetPageAsync(url);
        var fields = new Dictionary<string, string>
        {
            ["Trigger"] = trigger,
            ["Version"] = Regex.Match(page, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value,
            ["IdempotencyKey"] = Regex.Match(page, "name=\"IdempotencyKey\" value=\"([0-9a-f]{32})\"").Groups[1].Value,
        };
        if (reason is not null)
        {
            fields["Reason"] = reason;
        }

        using var response = await client.PostFormAsync(url, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string Row(string html, Guid report)
    {
        var start = html.IndexOf($"data-report=\"{report}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no row for {report}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    /// <summary>2026 Q1 following the manual's 2025 Q4: 1,000.00 sold, 500.00 consumed.</summary>
    private static Dictionary<string, string> NextQuarterForm() => new()
    {
        ["Input.PrepaidTotal"] = "501000.00",
        ["Input.Balance"] = "345600.00",
        ["Input.CardsWithBalance"] = "21",
        ["Input.QuarterPrepaid"] = "1000.00",
        ["Input.QuarterCardsIssued"] = "1",
        ["Input.QuarterConsumption"] = "500.00",
        ["Input.QuarterRefund"] = "0",
        ["Input.QuarterCardReturn"] = "0",
        ["Input.DifferenceReason"] = string.Empty,
    };

    private async Task<QuarterlyReport> ReportAsync(Guid userId, DateOnly quarterEnd) =>
        (await ReportsAsync(factory)).Single(r => r.OperatorUserId == userId && r.QuarterEnd == quarterEnd);

    private Task<int> InboxAsync(Guid userId, string template) =>
        factory.CountAsync("SELECT COUNT(*) FROM Notify_InboxMessages WHERE RecipientUserId = @u AND TemplateKey = @t", ("@u", userId), ("@t", template));

    private Task<int> SmsAsync(string template) =>
        factory.CountAsync("SELECT COUNT(*) FROM Notify_SmsMessages WHERE TemplateKey = @t AND PhoneHash = @h", ("@t", template), ("@h", factory.PhoneHash(AdministratorPhone)));

    private Task<CustodyOperator> CustodyOperatorAsync(Guid id) => factory.InScopeAsync(async sp =>
    {
        using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<CustodyOperator>().AsNoTracking().SingleAsync(o => o.Id == id);
    });

    private Task<PublicRiskProfile> RiskAsync(Guid userId) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<ICreditRiskProfile>().PublicAsync(userId));

    private Task<VerificationArrangement> ArrangedAsync() => factory.OnceAsync(VerificationArrangement.FiledAsync);
}

/// <summary>
/// 演示企业2 first approved on 2025-11-20, its bank reporting 存管金额 140,000.00 on 2025-12-31 (above 40% of 345,100.00),
/// and its 2025 Q4 report filed: 待核对 in 石景山区.
/// </summary>
internal sealed record VerificationArrangement(Guid OperatorId, Guid UserId)
{
    public static async Task<VerificationArrangement> FiledAsync(PlatformFactory f)
    {
        var op = await SupervisedSinceAsync(f, DemoOperator, "演示企业2", "62220012345678901234", FirstApprovalUtc);
        await AddStatementAsync(f, op, QuarterEndStatementUtc, ManualBalanceFen, 14_000_000, 20_510_000, "季度末对账");
        using var client = await f.SignedInClientAsync(DemoOperator);
        using (var filed = await client.PostFormAsync("/Reporting/Reports/File/2025/4", ManualForm()))
        {
            filed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        return new VerificationArrangement(op, (await f.UserAsync(DemoOperator)).Id);
    }
}

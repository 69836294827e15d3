using System.Net;
using System.Text.RegularExpressions;
using PrepaidPlatform.Custody.Tests.Pages;
using PrepaidPlatform.Reporting.Application.Dishonest;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Reporting.Domain.Dishonest;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Reporting.Tests.Dishonest.DishonestArrangement;
using static PrepaidPlatform.Reporting.Tests.Pages.ReportingArrangement;

namespace PrepaidPlatform.Reporting.Tests.Dishonest;

/// <summary>
/// 严重失信主体 (Shanghai plan, 重点监管严重失信主体) through HTTP: the listed operator files the previous month's figures in
/// order, each period once; the district verifies on <c>reporting.dishonest</c> (退回 needs its reason and reaches the
/// operator in-app and by SMS; the corrected filing comes back; 通过); the half-year's audited statement is accepted only
/// as a real PDF and a refused file leaves nothing.
/// </summary>
public sealed class DishonestFilingTests(ArrangedPlatform factory) : IClassFixture<ArrangedPlatform>
{
    private const string Queue = "/Reporting/Verification/Dishonest";
    private const string May = "/Reporting/Dishonest/Month/2026/5";
    private const string June = "/Reporting/Dishonest/Month/2026/6";
    private const string FirstHalf = "/Reporting/Dishonest/Statement/2026/1";
    private const string Reason = "当月消费金额与收银系统不符，请核实后重新报送。";

    [Fact]
    public async Task The_listed_operator_files_its_months_in_order_and_the_district_returns_and_verifies()
    {
        var userId = await ArrangedAsync();
        using var op = await factory.SignedInClientAsync(DemoOperator);
        var list = WebUtility.HtmlDecode(await op.GetPageAsync("/Reporting/Dishonest"));
        list.ShouldContain("2026年5月经营信息");
        list.ShouldContain("2026年上半年财务会计报表");

        // In order: June waits for May.
        (await PostAsync(op, June, MonthForm())).ShouldContain("请先报送2026年5月经营信息，再报送2026年6月经营信息。");
        // A bad amount: its message, the form as typed, nothing saved.
        var refused = await PostAsync(op, May, MonthForm(balance: "12,000.505"));
        refused.ShouldContain("月末预收资金余额(元)须为不小于 0 的金额");
        refused.ShouldContain("value=\"12,000.505\"");
        (await FilingsAsync(factory)).ShouldNotContain(f => f.OperatorUserId == userId && f.Duty == DishonestDuty.Monthly);

        using (var filed = await op.PostFormAsync(May, MonthForm()))
        {
            filed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var filing = await MayAsync(userId);
        (filing.Status, filing.BalanceFen, filing.MonthConsumptionFen).ShouldBe((ReportStatus.Pending, 12_000_050L, 250_025L));
        filing.WorkflowInstanceId.ShouldNotBeNull();
        // A second submit (another tab) is refused: one filing per period.
        (await op.GetPageAsync(May)).ShouldContain(DishonestReporting.DuplicateMessage);
        (await FilingsAsync(factory)).Count(f => f.OperatorUserId == userId && f.Duty == DishonestDuty.Monthly).ShouldBe(1);

        using var reviewer = await factory.SignedInClientAsync(Reviewer);
        var row = Row(await reviewer.GetPageAsync(Queue), filing.Id);
        row.ShouldContain("演示企业2");
        row.ShouldContain("120,000.50");
        var details = $"{Queue}/{filing.Id}";
        (await PostStepAsync(reviewer, details, "return", " ")).ShouldContain("请填写退回原因。");
        (await MayAsync(userId)).Status.ShouldBe(ReportStatus.Pending);
        (await PostStepAsync(reviewer, details, "return", Reason)).ShouldContain("已退回2026年5月经营信息");
        (await MayAsync(userId)).ReturnReason.ShouldBe(Reason);
        await Poller.UntilAsync(() => factory.CountAsync("SELECT COUNT(*) FROM Notify_InboxMessages WHERE RecipientUserId = @u AND TemplateKey = 'report.returned' AND Body LIKE '%2026年5月%'",
            ("@u", userId)), n => n == 1, "the in-app message of 退回");
        await Poller.UntilAsync(() => factory.CountAsync("SELECT COUNT(*) FROM Notify_SmsMessages WHERE TemplateKey = 'report.returned' AND PhoneHash = @h",
            ("@h", factory.PhoneHash(AdministratorPhone))), n => n >= 1, "the SMS of 退回");

        // Corrected on the same row and instance, back in the queue; 通过.
        WebUtility.HtmlDecode(await op.GetPageAsync("/Reporting/Dishonest")).ShouldContain(Reason);
        using (var refiled = await op.PostFormAsync(May, MonthForm(balance: "119000.00")))
        {
            refiled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var again = await MayAsync(userId);
        (again.Id, again.Status, again.WorkflowInstanceId, again.BalanceFen).ShouldBe((filing.Id, ReportStatus.Pending, filing.WorkflowInstanceId, 11_900_000L));
        (await PostStepAsync(reviewer, details, "verify", null)).ShouldContain("data-testid=\"notice\"");
        (await MayAsync(userId)).Status.ShouldBe(ReportStatus.Accepted);
        (await reviewer.GetPageAsync(Queue)).ShouldNotContain(filing.Id.ToString());
        Row(await reviewer.GetPageAsync(Queue + "?all=true"), filing.Id).ShouldContain("已通过");
    }

    [Fact]
    public async Task A_statement_is_accepted_only_as_a_real_pdf_and_a_refused_file_leaves_nothing()
    {
        var userId = await ArrangedAsync();
        using var op = await factory.SignedInClientAsync(DemoOperator);
        var before = await StoredStatementsAsync(factory);

        var (status, html) = await UploadAsync(op, FirstHalf, "审计报告.pdf", "这不是PDF，只是改了扩展名"u8.ToArray());
        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("经审计的财务会计报表须为PDF格式");
        (_, html) = await UploadAsync(op, FirstHalf, "审计报告.pdf", "%PDF-1.7\n只有文件头的文件"u8.ToArray());
        html.ShouldContain("不是完整的PDF文件");
        (_, html) = await UploadAsync(op, FirstHalf, "审计报告.pdf", [.. "%PDF-1.7\ntrailer\n<< /Encrypt 5 0 R >>\nstartxref\n9\n%%EOF\n"u8]);
        html.ShouldContain("已加密或设有打开密码");
        (_, html) = await UploadAsync(op, FirstHalf, "审计报告.pdf", new byte[(int)DishonestReporting.StatementMaxBytes + 1]);
        html.ShouldContain("超过 10 MB 的大小限制");
        (await FilingsAsync(factory)).ShouldNotContain(f => f.OperatorUserId == userId && f.Duty == DishonestDuty.HalfYear);
        (await StoredStatementsAsync(factory)).ShouldBe(before);

        (status, _) = await UploadAsync(op, FirstHalf, "2026年上半年审计报告.pdf", MinimalPdf);
        status.ShouldBe(HttpStatusCode.Redirect);
        var filing = (await FilingsAsync(factory)).Single(f => f.OperatorUserId == userId && f.Duty == DishonestDuty.HalfYear);
        (filing.Status, filing.FileName, filing.FileBytes, filing.PeriodStart).ShouldBe((ReportStatus.Pending, "2026年上半年审计报告.pdf", (long)MinimalPdf.Length, new DateOnly(2026, 1, 1)));
        (await StoredStatementsAsync(factory)).ShouldBe(before + 1);

        using var reviewer = await factory.SignedInClientAsync(Reviewer);
        (await reviewer.GetPageAsync($"{Queue}/{filing.Id}")).ShouldContain("2026年上半年审计报告.pdf");
        using var download = await reviewer.GetAsync($"{Queue}/{filing.Id}?handler=File");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(MinimalPdf);
    }

    private async Task<string> PostAsync(PlatformClient client, string url, Dictionary<string, string> form)
    {
        using var response = await client.PostFormAsync(url, form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> PostStepAsync(PlatformClient client, string url, string trigger, string? reason)
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

    private static string Row(string html, Guid filing)
    {
        var start = html.IndexOf($"data-filing=\"{filing}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no row for {filing}");
        return WebUtility.HtmlDecode(html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)]);
    }

    private async Task<DishonestFiling> MayAsync(Guid userId) =>
        (await FilingsAsync(factory)).Single(f => f.OperatorUserId == userId && f.Duty == DishonestDuty.Monthly && f.PeriodStart == new DateOnly(2026, 5, 1));

    private async Task<Guid> ArrangedAsync() => (await factory.OnceAsync(async f =>
    {
        await SupervisedAsync(f);
        var userId = (await f.UserAsync(DemoOperator)).Id;
        await ListAsync(f, userId, ListedAtUtc);
        return new Arranged(userId);
    })).UserId;

    private sealed record Arranged(Guid UserId);
}

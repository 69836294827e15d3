using System.Net;
using PrepaidPlatform.Custody.Tests.Pages;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Custody.Tests.Pages.SupervisedOperators;
using static PrepaidPlatform.Reporting.Tests.Pages.ReportingArrangement;

namespace PrepaidPlatform.Reporting.Tests.Pages;

/// <summary>
/// 数据填报 through HTTP: the periods table as in the manual, the form with its 指标解释, refusals that keep the form as
/// typed and save nothing, the automatic return on custody below 40% and the re-filing after a top-up, one report per
/// period under double submits; another operator and district staff reach none of it.
/// </summary>
public sealed class ReportingPageTests(ArrangedPlatform factory) : IClassFixture<ArrangedPlatform>
{
    private const string Url = "/Reporting/Reports";
    private const string Q4Of2025 = Url + "/File/2025/4";
    private const string Q1Of2026 = Url + "/File/2026/1";

    [Fact]
    public async Task The_periods_table_has_the_manuals_columns_statuses_and_deadlines()
    {
        await ArrangedAsync();
        using var client = await factory.SignedInClientAsync(DemoOperator);
        var html = await client.GetPageAsync(Url);

        foreach (var column in new[] { "序号", "数据期别", "预收资金(元)", "预收资金余额(元)", "余额卡总数", "季度预收资金(元)", "季度发卡数量", "季度消费金额", "季度退款金额", "季度退卡金额", "存管账户", "操作", "数据期限" })
        {
            html.ShouldContain($">{column}</th>");
        }

        var first = Row(html, "2025-4");
        first.ShouldContain("2025年4季度数据");
        // 20 working days after 31 December 2025 on the platform calendar: New Year takes 1–3 January, Sunday 4 January is worked.
        first.ShouldContain("data-testid=\"deadline\">2026-01-29<");
        first.ShouldContain("【北京银行】6222************1234");
        // Unfiled whatever the other tests of the class filed: past its deadline, with 填报数据.
        var second = Row(html, "2026-1");
        second.ShouldContain("2026年1季度数据");
        second.ShouldContain("已超期");
        second.ShouldContain("href=\"/Reporting/Reports/File/2026/1\"");
        // 2025 Q3 ended before the first approval: it is not a period of this operator.
        html.ShouldNotContain("2025年3季度数据");
        html.ShouldContain("截至季度末预收资金余额：截至上一季度末预收资金扣减已兑付产品或服务价款后的余额；");
        // The operator menu's 数据填报 leads here, no longer to the 尚未开通 placeholder.
        html.ShouldContain("href=\"/Reporting/Reports\"");
        html.ShouldNotContain("/Operator/Pending/reporting");
    }

    [Fact]
    public async Task The_form_explains_the_indicators_and_a_later_period_waits_for_the_overdue_one()
    {
        // 演示企业1 never files successfully in this class, so its 2025 Q4 stays open.
        var arrangement = await ArrangedAsync();
        using var client = await factory.SignedInClientAsync(arrangement.BadInputUser, RegistrationJourney.Password);
        var form = await client.GetPageAsync(Q4Of2025);
        form.ShouldContain("data-testid=\"report-form\"");
        form.ShouldContain("上报周期：报送数据归属时间段；");
        form.ShouldContain("数据期限：上报周期内的数据报送的截止日期；");
        form.ShouldContain("截至季度末预收资金：自经营以来截至上一季度末的累计售卡金额；");

        var later = await client.GetPageAsync(Q1Of2026);
        later.ShouldContain("须按上报周期依次上报：请先补报2025年4季度数据，再报送2026年1季度数据。");
        later.ShouldNotContain("data-testid=\"report-form\"");
        using var post = await client.PostFormAsync(Q4Of2025, ManualForm(), Q1Of2026);
        (await post.Content.ReadAsStringAsync()).ShouldContain("请先补报2025年4季度数据");
        (await ReportsAsync(factory)).ShouldNotContain(r => r.OperatorUserId == arrangement.BadInputUserId);
    }

    [Fact]
    public async Task Bad_input_gets_its_message_the_form_as_typed_and_nothing_saved()
    {
        var arrangement = await ArrangedAsync();
        using var client = await factory.SignedInClientAsync(arrangement.BadInputUser, RegistrationJourney.Password);
        var form = ManualForm(balance: "345,100.123");
        form["Input.QuarterCardsIssued"] = "五";
        using var response = await client.PostFormAsync(Q4Of2025, form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();

        html.ShouldContain("预收资金余额(元)须为不小于 0 的金额，单位元，最多两位小数（如 345100.00）。");
        html.ShouldContain("季度发卡数量须为不小于 0 的整数。");
        html.ShouldContain("value=\"345,100.123\"");
        html.ShouldContain("value=\"五\"");
        html.ShouldContain("value=\"500000.00\"");
        (await ReportsAsync(factory)).ShouldNotContain(r => r.OperatorUserId == arrangement.BadInputUserId);

        // The balance above the funds to date: the rule's message, still nothing saved.
        using var above = await client.PostFormAsync(Q4Of2025, ManualForm(balance: "600000"));
        (await above.Content.ReadAsStringAsync()).ShouldContain("预收资金余额 600,000.00 元不能大于预收资金 500,000.00 元");
        (await ReportsAsync(factory)).ShouldNotContain(r => r.OperatorUserId == arrangement.BadInputUserId);
    }

    [Fact]
    public async Task Custody_below_forty_percent_returns_the_report_at_once_and_after_a_top_up_the_refiled_report_awaits_the_district()
    {
        var arrangement = await ArrangedAsync();
        using var client = await factory.SignedInClientAsync(DemoOperator);
        using (var filed = await client.PostFormAsync(Q4Of2025, ManualForm()))
        {
            filed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var returned = Row(await client.GetPageAsync(Url), "2025-4");
        returned.ShouldContain("已退回");
        returned.ShouldContain("存管金额 119,900.00 元，低于预收资金余额 345,100.00 元的 40%（138,040.00 元）");
        returned.ShouldContain("345,100.00");
        var report = (await ReportsAsync(factory)).Single(r => r.OperatorUserId == arrangement.DemoUserId);
        (report.Status, report.BalanceFen, report.QuarterEndCustodyFen, report.RequiredCustodyFen).ShouldBe((ReportStatus.Returned, 34_510_000L, 11_990_000L, 13_804_000L));

        // The correction form starts from the returned figures and says why.
        var correction = await client.GetPageAsync(Q4Of2025);
        correction.ShouldContain("data-testid=\"returned\"");
        correction.ShouldContain("value=\"345100.00\"");

        // A statement after the quarter's end does not count: re-filed, the report is returned again on the same row.
        await AddStatementAsync(factory, arrangement.DemoOperatorId, QuarterEndStatementUtc.AddDays(5), 36_000_000, 20_000_000, 16_000_000, "次季度（测试）");
        using (var early = await client.PostFormAsync(Q4Of2025, ManualForm()))
        {
            early.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        Row(await client.GetPageAsync(Url), "2025-4").ShouldContain("存管金额 119,900.00 元，低于预收资金余额 345,100.00 元的 40%（138,040.00 元）");

        // The bank reports a top-up on the quarter's last day.
        await AddStatementAsync(factory, arrangement.DemoOperatorId, QuarterEndStatementUtc.AddHours(5), 36_000_000, 14_000_000, 22_000_000, "补足存管（测试）");
        using (var refiled = await client.PostFormAsync(Q4Of2025, ManualForm()))
        {
            refiled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        Row(await client.GetPageAsync(Url), "2025-4").ShouldContain("待核对");
        var after = (await ReportsAsync(factory)).Single(r => r.OperatorUserId == arrangement.DemoUserId);
        (after.Id, after.Status, after.ReturnReason, after.QuarterEndCustodyFen, after.Revision).ShouldBe((report.Id, ReportStatus.Pending, null, 14_000_000L, 3));

        // Filed and awaiting the district: not again.
        var again = await client.GetPageAsync(Q4Of2025);
        again.ShouldContain("2025年4季度数据已报送（待核对），不可重复报送。");
    }

    [Fact]
    public async Task A_double_submit_never_makes_two_reports_for_one_period()
    {
        var arrangement = await ArrangedAsync();
        using var client = await factory.SignedInClientAsync(arrangement.DoubleSubmitUser, RegistrationJourney.Password);
        var token = PlatformClient.AntiforgeryToken(await client.GetPageAsync(Q4Of2025));
        var form = new Dictionary<string, string>(ManualForm(balance: "100000.00")) { ["__RequestVerificationToken"] = token };
        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.Http.PostAsync(Q4Of2025, new FormUrlEncodedContent(form))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await refused.Content.ReadAsStringAsync()).ShouldMatch("已报送|请勿重复提交");
        }

        (await ReportsAsync(factory)).Count(r => r.OperatorUserId == arrangement.DoubleSubmitUserId).ShouldBe(1);
    }

    [Fact]
    public async Task Another_operator_sees_none_of_the_reports_and_cannot_file_its_periods()
    {
        var arrangement = await ArrangedAsync();
        using var other = await factory.SignedInClientAsync(HaidianOperator, RegistrationJourney.Password);
        var html = await other.GetPageAsync(Url);
        html.ShouldNotContain("6222************1234");
        html.ShouldNotContain("345,100.00");
        Row(html, "2026-2").ShouldContain("【北京银行】6222************6666");
        html.ShouldNotContain("2025年4季度数据");

        // 2025 Q4 is before its own first approval: refused, and the demo operator's report is untouched.
        var before = (await ReportsAsync(factory)).Where(r => r.OperatorUserId == arrangement.DemoUserId).Select(r => (r.Id, r.Revision, r.BalanceFen)).ToList();
        using var post = await other.PostFormAsync(Url, ManualForm(), Q4Of2025);
        (await post.Content.ReadAsStringAsync()).ShouldContain("2025年4季度早于首次备案通过的季度（2026年2季度），无需填报。");
        (await ReportsAsync(factory)).Where(r => r.OperatorUserId == arrangement.DemoUserId).Select(r => (r.Id, r.Revision, r.BalanceFen)).ToList().ShouldBe(before);
        (await ReportsAsync(factory)).ShouldNotContain(r => r.OperatorUserId == arrangement.HaidianUserId);
    }

    [Fact]
    public async Task District_and_city_staff_cannot_open_the_operators_pages()
    {
        await ArrangedAsync();
        foreach (var staff in new[] { "reviewer110107", "cityadmin" })
        {
            using var client = await factory.SignedInClientAsync(staff);
            foreach (var url in new[] { Url, Q4Of2025 })
            {
                using var response = await client.GetAsync(url);
                response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
                response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
            }
        }
    }

    [Fact]
    public async Task An_operator_without_an_approved_filing_is_told_why_there_is_nothing()
    {
        using var client = await factory.RegisteredOperatorAsync("91110101MA01AB4C44", "13900000444");
        var html = await client.GetPageAsync(Url);
        html.ShouldContain("data-testid=\"not-filed\"");
        html.ShouldNotContain("data-testid=\"periods\"");
        (await client.GetPageAsync(Q4Of2025)).ShouldContain("尚未完成备案：备案审核通过后，方可按季度填报数据。");
    }

    /// <summary>演示企业3's first approval: its periods start with 2026 Q2.</summary>
    private static readonly DateTime HaidianFirstApprovalUtc = new(2026, 5, 10, 2, 0, 0, DateTimeKind.Utc);

    private static string Row(string html, string period)
    {
        var start = html.IndexOf($"data-period=\"{period}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no row for {period}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    /// <summary>
    /// 演示企业2 first approved on 2025-11-20 with the manual's statement on 2025-12-31 (存管金额 119,900.00); two more
    /// operators of the sandbox (演示企业1, 演示企业5) for the bad-input and double-submit tests; 演示企业3 in 海淀区 first approved on 2026-05-10.
    /// </summary>
    private Task<Arrangement> ArrangedAsync() => factory.OnceAsync(async f =>
    {
        var demo = await SupervisedSinceAsync(f, DemoOperator, "演示企业2", "62220012345678901234", FirstApprovalUtc);
        await AddStatementAsync(f, demo, QuarterEndStatementUtc, ManualBalanceFen, ManualCustodyFen, ManualAvailableFen, "季度末对账");
        var users = new List<DemoUser>();
        foreach (var (uscc, phone, name, number) in new[]
        {
            (HaidianOperator, "13900000333", "演示企业3", "62229999888877776666"),
            ("91110105MA01AB1C1K", "13900000111", "演示企业1", "62225555000011112222"),
            ("91110302MA01AB5C5M", "13900000555", "演示企业5", "62226666000011113333"),
        })
        {
            using (await factory.RegisteredOperatorAsync(uscc, phone))
            {
            }

            await SupervisedSinceAsync(f, uscc, name, number, uscc == HaidianOperator ? HaidianFirstApprovalUtc : FirstApprovalUtc);

            users.Add(await f.UserAsync(uscc));
        }

        return new Arrangement(demo, (await f.UserAsync(DemoOperator)).Id, users[0].Id, "91110105MA01AB1C1K", users[1].Id, "91110302MA01AB5C5M", users[2].Id);
    });

    private sealed record Arrangement(
        Guid DemoOperatorId, Guid DemoUserId, Guid HaidianUserId, string BadInputUser, Guid BadInputUserId, string DoubleSubmitUser, Guid DoubleSubmitUserId);
}

using System.Net;
using System.Text.RegularExpressions;
using PrepaidPlatform.Custody.Tests.Pages;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Custody.Tests.Pages.SupervisedOperators;
using static PrepaidPlatform.Reporting.Tests.Pages.ReportingArrangement;

namespace PrepaidPlatform.Reporting.Tests.Pages;

/// <summary>
/// Issue 15 item 4 on 数据填报: script in the operator's 差异说明 and in the district's 退回 reason is stored as typed and
/// shown as text on every page that shows it — the district's 核对 queue and page, the operator's periods table, the
/// correction form and the 站内消息 — never as markup.
/// </summary>
public sealed class ReportingHostileTextTests(ArrangedPlatform factory) : IClassFixture<ArrangedPlatform>
{
    private const string Reviewer = "reviewer110107";
    private static readonly string Difference = HostileText.Full + "#difference";
    private static readonly string ReturnReason = HostileText.Full + "#return";

    [Fact]
    public async Task Script_in_the_difference_note_and_in_the_return_reason_is_shown_as_text_on_every_page()
    {
        var op = await SupervisedSinceAsync(factory, DemoOperator, "演示企业2", "62220012345678901234", FirstApprovalUtc);
        await AddStatementAsync(factory, op, QuarterEndStatementUtc, ManualBalanceFen, 14_000_000, 20_510_000, "季度末对账");
        using var operatorClient = await factory.SignedInClientAsync(DemoOperator);
        var form = ManualForm();
        form["Input.DifferenceReason"] = Difference;
        using (var filed = await operatorClient.PostFormAsync("/Reporting/Reports/File/2025/4", form))
        {
            filed.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await filed.Content.ReadAsStringAsync()));
        }

        var report = (await ReportsAsync(factory)).Single();
        report.DifferenceReason.ShouldBe(Difference);

        using var reviewer = await factory.SignedInClientAsync(Reviewer);
        HostileText.ShouldHoldNoMarkup(await reviewer.GetPageAsync("/Reporting/Verification"), "核对 queue");
        var details = $"/Reporting/Verification/{report.Id}";
        var page = await reviewer.GetPageAsync(details);
        HostileText.ShouldShowAsText(page, Difference, "核对 page: 差异说明");

        using (var returned = await reviewer.PostFormAsync(details, new Dictionary<string, string>
        {
            ["Trigger"] = "return",
            ["Reason"] = ReturnReason,
            ["Version"] = Regex.Match(page, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value,
            ["IdempotencyKey"] = Regex.Match(page, "name=\"IdempotencyKey\" value=\"([0-9a-f]{32})\"").Groups[1].Value,
        }))
        {
            returned.StatusCode.ShouldBe(HttpStatusCode.OK);
            var answer = await returned.Content.ReadAsStringAsync();
            answer.ShouldContain("data-testid=\"notice\"");
            HostileText.ShouldShowAsText(answer, ReturnReason, "the reviewer's answer to 退回");
        }

        (await ReportsAsync(factory)).Single().ReturnReason.ShouldBe(ReturnReason);
        HostileText.ShouldShowAsText(await operatorClient.GetPageAsync("/Reporting/Reports"), ReturnReason, "the operator's periods");
        var correction = await operatorClient.GetPageAsync("/Reporting/Reports/File/2025/4");
        HostileText.ShouldShowAsText(correction, ReturnReason, "the correction form: 退回原因");
        HostileText.ShouldShowAsText(correction, Difference, "the correction form: 差异说明");
        var inbox = await Poller.UntilAsync(() => operatorClient.GetPageAsync("/Notifications/Inbox"),
            h => WebUtility.HtmlDecode(h).Contains("#return", StringComparison.Ordinal), "the 退回 message in the operator's inbox");
        HostileText.ShouldShowAsText(inbox, ReturnReason, "站内消息");
    }
}

using System.Net;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests.Hardening;

/// <summary>
/// Issue 15 item 4 past the operator's form: an application submitted with script in every free-text field, and a
/// 驳回 whose reason is script, are shown as text on every page that shows them — the operator's 备案信息, the district's
/// 备案审核 queue and page, the city's 审计日志, the operator's 站内消息 — never as markup.
/// </summary>
public sealed class FilingReviewHostileTextTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Reviewer = "reviewer110107";

    /// <summary>The free-text fields that pass 提交备案's rules with script in them, each with its own tagged payload.</summary>
    private static readonly Dictionary<string, string> Payloads = new()
    {
        ["ShopName"] = HostileText.Fitting(FilingDraftParser.ShopNameMax, "#ShopName"),
        ["LegalRepName"] = HostileText.Fitting(FilingDraftParser.NameMax, "#LegalRepName"),
        ["PremisesAddress"] = HostileText.Fitting(FilingDraftParser.AddressMax, "#PremisesAddress"),
        ["ProductName"] = HostileText.Fitting(FilingDraftParser.ProductNameMax, "#ProductName"),
        // 开户支行 must name 北京 (a bank's branch in the city); the rest is script.
        ["CustodyBranchName"] = "北京" + HostileText.Fitting(FilingDraftParser.BranchNameMax - 2, "#CustodyBranchName"),
        ["Remarks"] = HostileText.Fitting(FilingDraftParser.RemarksMax, "#Remarks"),
    };

    private static readonly string Reason = HostileText.Full + "#reason";

    [Fact]
    public async Task Script_submitted_in_every_free_text_field_and_in_a_rejection_reason_is_shown_as_text_on_every_page()
    {
        using var operatorClient = await factory.SignedInClientAsync(FilingRows.DemoUser);
        var form = FilingInfoPage.Complete();
        foreach (var (field, payload) in Payloads)
        {
            form.With(field, payload);
        }

        using (var submitted = await FilingInfoPage.SubmitAsync(operatorClient, form))
        {
            submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await submitted.Content.ReadAsStringAsync()));
        }

        var application = await factory.DemoApplicationAsync();
        ShouldShowEveryPayload(await operatorClient.GetPageAsync(FilingInfoPage.Url), "the operator's 备案信息 after the submit");

        using var reviewer = await factory.SignedInClientAsync(Reviewer);
        HostileText.ShouldHoldNoMarkup(await reviewer.GetPageAsync("/Filing/Applications"), "the district's queue");
        ShouldShowEveryPayload(await reviewer.GetPageAsync(ReviewPage.Url(application.Id)), "the district's 备案审核 page");

        using var city = await factory.SignedInClientAsync("cityadmin");
        var audit = await city.GetPageAsync($"/Platform/Audit?EntityType=FilingApplication&EntityId={application.Id}");
        HostileText.ShouldHoldNoMarkup(audit, "审计日志");
        foreach (var field in new[] { "ShopName", "LegalRepName", "PremisesAddress", "ProductName", "Remarks" })
        {
            WebUtility.HtmlDecode(audit).ShouldContain("#" + field, Case.Sensitive, $"审计日志 shows no change of {field}");
        }

        // 驳回 with script as its reason: the reviewer's answer, the operator's page and message show it as text.
        (await ReviewPage.StepAsync(reviewer, application.Id, "accept")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rejected = await ReviewPage.StepAsync(reviewer, application.Id, "reject", Reason);
        rejected.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        FilingInfoPage.TestId(rejected.Html, "decision-notice").ShouldBe("已驳回。");
        HostileText.ShouldHoldNoMarkup(rejected.Html, "the reviewer's answer to 驳回", Reason);
        HostileText.ShouldShowAsText(await reviewer.GetPageAsync(ReviewPage.Url(application.Id)), Reason, "the district's page after 驳回");

        var operatorPage = await Poller.UntilAsync(() => operatorClient.GetPageAsync(FilingInfoPage.Url), h => h.Contains("备案驳回", StringComparison.Ordinal),
            "the operator's page to follow the rejection");
        HostileText.ShouldShowAsText(operatorPage, Reason, "the operator's 备案信息 after 驳回");
        // The form is open again for the correction: the stored script is in its inputs as text.
        foreach (var (field, payload) in Payloads)
        {
            HostileText.ShouldShowAsText(operatorPage, payload, $"the reopened form's {field}");
        }

        var inbox = await Poller.UntilAsync(() => operatorClient.GetPageAsync("/Notifications/Inbox"), h => WebUtility.HtmlDecode(h).Contains("#reason", StringComparison.Ordinal),
            "the rejection message in the operator's inbox");
        HostileText.ShouldShowAsText(inbox, Reason, "站内消息");
    }

    private static void ShouldShowEveryPayload(string html, string where)
    {
        foreach (var (field, payload) in Payloads)
        {
            HostileText.ShouldShowAsText(html, payload, $"{where}: {field}");
        }
    }
}

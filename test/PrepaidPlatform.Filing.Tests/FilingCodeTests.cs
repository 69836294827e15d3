using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 备案码 (F5) of an approved filing: the district suspends and resumes it; another district can do nothing with it.
/// The tests of this class share one host and its one approved filing (xunit runs them one after another).
/// </summary>
public sealed class FilingCodeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Reviewer = "reviewer110107";

    [Fact]
    public async Task Suspending_a_code_needs_a_reason_shows_publicly_notifies_the_operator_and_resuming_lifts_it()
    {
        var filing = await factory.ApprovedDemoFilingAsync();
        using var reviewer = await factory.SignedInClientAsync(Reviewer);
        using var consumer = factory.AnonymousClient();

        var refused = await SuspendAsync(reviewer, filing.Id, " ");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("请填写暂停原因（至少2个字）。");
        (await factory.DemoFilingAsync()).CodeSuspended.ShouldBeFalse();

        (await SuspendAsync(reviewer, filing.Id, "投诉集中，核查期间暂停")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var code = await consumer.GetPageAsync("/FilingCode/" + filing.FilingNumber);
        code.ShouldContain("备案码已暂停使用");
        code.ShouldContain("投诉集中，核查期间暂停");
        code.ShouldNotContain("data-testid=\"code-valid\"");
        (await factory.SmsToAdministratorAsync("filing.code.suspended")).ShouldBe(1);
        (await reviewer.GetPageAsync("/Filing/Filings")).ShouldContain("已暂停");

        var resumed = await reviewer.PostFormAsync("/Filing/Filings", new Dictionary<string, string> { ["id"] = filing.Id.ToString() }, "/Filing/Filings?handler=Resume");
        resumed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await consumer.GetPageAsync("/FilingCode/" + filing.FilingNumber)).ShouldNotContain("备案码已暂停使用");
        (await factory.SmsToAdministratorAsync("filing.code.resumed")).ShouldBe(1);
    }

    [Fact]
    public async Task Another_districts_reviewer_can_neither_see_nor_decide_nor_suspend()
    {
        var filing = await factory.ApprovedDemoFilingAsync();
        var application = await factory.DemoApplicationAsync();
        var journalSteps = await factory.CountAsync("SELECT COUNT(*) FROM Wf_Journal");
        using var haidian = await factory.SignedInClientAsync("reviewer110108");

        (await haidian.GetAsync(ReviewPage.Url(application.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await haidian.GetPageAsync("/Filing/Applications?filter=All")).ShouldNotContain(application.ApplicationNumber);
        (await haidian.GetPageAsync("/Filing/Filings")).ShouldNotContain(filing.FilingNumber);

        // Forged posts with the ids of 石景山区's rows.
        var token = PlatformClient.AntiforgeryToken(await haidian.GetPageAsync("/Filing/Filings"));
        var decide = await haidian.Http.PostAsync(ReviewPage.Url(application.Id), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Trigger"] = "reject", ["Values[reason]"] = "越权操作", ["Version"] = "1", ["IdempotencyKey"] = "forged",
        }));
        decide.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var suspend = await SuspendAsync(haidian, filing.Id, "越权暂停");
        (await suspend.Content.ReadAsStringAsync()).ShouldContain("未找到该备案。");
        var after = await factory.DemoFilingAsync();
        (after.CodeSuspended, after.CodeSuspensionReason, after.UpdatedAtUtc).ShouldBe((filing.CodeSuspended, filing.CodeSuspensionReason, filing.UpdatedAtUtc));
        (await factory.DemoApplicationAsync()).Status.ShouldBe(FilingApplicationStatus.Approved);
        (await factory.CountAsync("SELECT COUNT(*) FROM Wf_Journal")).ShouldBe(journalSteps);
    }

    [Fact]
    public async Task The_operator_cannot_reach_the_district_pages()
    {
        using var operatorClient = await factory.SignedInClientAsync(FilingRows.DemoUser);
        foreach (var url in new[] { "/Filing/Applications", "/Filing/Filings" })
        {
            var response = await operatorClient.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        }
    }

    private Task<HttpResponseMessage> SuspendAsync(PlatformClient reviewer, Guid filingId, string reason) =>
        reviewer.PostFormAsync("/Filing/Filings", new Dictionary<string, string> { ["id"] = filingId.ToString(), ["reason"] = reason }, "/Filing/Filings?handler=Suspend");
}

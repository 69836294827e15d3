using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 备案审核 (F4) through the district's page: 受理, 驳回 with a required reason, 重新提交, 审核通过 with the 备案编号; the
/// operator's messages; the filing code (F5) and receipt (F6) that the approval opens.
/// </summary>
public sealed class FilingReviewTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Reviewer = "reviewer110107";

    [Fact]
    public async Task The_district_rejects_with_a_reason_then_approves_the_resubmission_and_the_filing_is_numbered_notified_and_public()
    {
        using var operatorClient = await factory.SignedInClientAsync(FilingRows.DemoUser);
        (await operatorClient.GetPageAsync("/Filing/Code")).ShouldContain("data-testid=\"no-filing\"");
        (await operatorClient.GetAsync("/Filing/Receipt?handler=Pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await FilingInfoPage.SubmitAsync(operatorClient, FilingInfoPage.Complete())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var application = await factory.DemoApplicationAsync();
        using var reviewer = await factory.SignedInClientAsync(Reviewer);

        // The queue lists it with its 3-working-day deadline, not overdue yet.
        var queue = await reviewer.GetPageAsync("/Filing/Applications");
        queue.ShouldContain(application.ApplicationNumber);
        queue.ShouldNotContain("data-testid=\"overdue\"");

        (await ReviewPage.StepAsync(reviewer, application.Id, "accept")).Html.ShouldContain("已受理");
        var noReason = await ReviewPage.StepAsync(reviewer, application.Id, "reject", reason: " ");
        FilingInfoPage.TestId(noReason.Html, "reason-error").ShouldNotBeEmpty();
        FilingInfoPage.TestId(noReason.Html, "status").ShouldBe("审核中");

        var rejected = await ReviewPage.StepAsync(reviewer, application.Id, "reject", reason: "申请材料缺失");
        FilingInfoPage.TestId(rejected.Html, "decision-notice").ShouldBe("已驳回。");
        await Poller.UntilAsync(factory.DemoApplicationAsync, a => a.Status == FilingApplicationStatus.Rejected, "the application to follow the rejection");
        var inbox = await Poller.UntilAsync(() => operatorClient.GetPageAsync("/Notifications/Inbox"), h => h.Contains("原因：申请材料缺失"), "the rejection message in the operator's inbox");
        inbox.ShouldContain("备案驳回");
        (await factory.SmsToAdministratorAsync("filing.rejected")).ShouldBe(1);

        (await FilingInfoPage.SubmitAsync(operatorClient, FilingInfoPage.Complete().With("ShopName", "演示餐厅（补正）"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ReviewPage.StepAsync(reviewer, application.Id, "accept")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var approved = await ReviewPage.StepAsync(reviewer, application.Id, "approve", reason: "（审核通过时填写的文字不是驳回原因）");

        var today = factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var filing = await factory.DemoFilingAsync();
        filing.FilingNumber.ShouldStartWith("SW" + today);
        filing.FilingNumber.Length.ShouldBe(15);
        filing.ApplicationId.ShouldBe(application.Id);
        FilingInfoPage.TestId(approved.Html, "decision-notice").ShouldBe($"已审核通过，备案编号 {filing.FilingNumber}。");
        FilingInfoPage.TestId(approved.Html, "filing-number").ShouldBe(filing.FilingNumber);

        // A second click with the same form changes nothing: one filing, one number.
        var again = await ReviewPage.StepAsync(reviewer, application.Id, "approve", reuseKey: approved.Key);
        FilingInfoPage.TestId(again.Html, "decision-notice").ShouldBe("该操作已完成，无需重复提交。");
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Filings")).ShouldBe(1);

        await Poller.UntilAsync(factory.DemoApplicationAsync, a => a.Status == FilingApplicationStatus.Approved, "the application to follow the approval");
        var info = await operatorClient.GetPageAsync(FilingInfoPage.Url);
        FilingInfoPage.TestId(info, "filing-number").ShouldBe(filing.FilingNumber);
        FilingInfoPage.TestId(info, "filing-bureau").ShouldBe("北京市石景山区商务局");
        FilingInfoPage.TestId(info, "status").ShouldBe("完成备案");
        await Poller.UntilAsync(() => operatorClient.GetPageAsync("/Notifications/Inbox"), h => h.Contains("备案编号" + filing.FilingNumber), "the approval message");
        (await factory.SmsToAdministratorAsync("filing.approved")).ShouldBe(1);

        // The public code page, reached without signing in.
        using var consumer = factory.AnonymousClient();
        var code = await consumer.GetPageAsync("/FilingCode/" + filing.FilingNumber);
        FilingInfoPage.TestId(code, "code-filing-number").ShouldBe(filing.FilingNumber);
        FilingInfoPage.TestId(code, "code-operator").ShouldBe("演示企业2");
        FilingInfoPage.TestId(code, "code-shop-name").ShouldBe("演示餐厅（补正）");
        FilingInfoPage.TestId(code, "code-valid").ShouldBe("已完成单用途商业预付卡经营备案");
        code.ShouldNotContain("13900000002");
        code.ShouldNotContain("11010519491231002X");
        var qr = await consumer.GetAsync($"/FilingCode/{filing.FilingNumber}?handler=Qr");
        qr.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await consumer.GetAsync("/FilingCode/SW2099010199999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await consumer.GetAsync("/FilingCode/not-a-number?handler=Qr")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var receipt = await operatorClient.GetPageAsync("/Filing/Receipt");
        FilingInfoPage.TestId(receipt, "receipt-number").ShouldBe(filing.FilingNumber);
        FilingInfoPage.TestId(receipt, "receipt-bureau").ShouldBe("北京市石景山区商务局");
        FilingInfoPage.TestId(receipt, "receipt-date").ShouldBe(filing.FiledOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}

using System.Globalization;
using System.Net;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Tests.Arrangements;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 备案审核 (F4) through the district's page: 受理, 驳回 with a required reason, 重新提交, 审核通过 with the 备案编号; the
/// operator's messages; the filing code (F5) and receipt (F6) that the approval opens. The district rejects the demo
/// operator's application, then approves its resubmission (<see cref="RejectedThenApproved"/>, once per class); each
/// test checks one rule on what was seen on the way or on the filing it left.
/// </summary>
public sealed class FilingReviewTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string DistrictReviewer = "reviewer110107";

    [Fact]
    public async Task Before_approval_the_operator_has_no_filing_code_and_no_receipt()
    {
        var story = await StoryAsync();
        story.CodeBeforeSubmit.ShouldContain("data-testid=\"no-filing\"");
        story.ReceiptBeforeSubmit.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_districts_queue_lists_a_submitted_application_within_its_deadline()
    {
        var story = await StoryAsync();
        story.QueueAfterSubmit.ShouldContain(story.Application.ApplicationNumber);
        story.QueueAfterSubmit.ShouldNotContain("data-testid=\"overdue\"");
    }

    [Fact]
    public async Task The_district_accepts_a_submitted_application()
    {
        (await StoryAsync()).Accepted.ShouldContain("已受理");
    }

    [Fact]
    public async Task A_rejection_requires_a_reason()
    {
        var story = await StoryAsync();
        FilingInfoPage.TestId(story.RejectedWithoutReason, "reason-error").ShouldNotBeEmpty();
        FilingInfoPage.TestId(story.RejectedWithoutReason, "status").ShouldBe("审核中");
    }

    [Fact]
    public async Task A_rejection_with_a_reason_is_confirmed_to_the_reviewer()
    {
        // That the application follows the rejection (备案驳回) the story waits for before the operator resubmits.
        FilingInfoPage.TestId((await StoryAsync()).Rejected, "decision-notice").ShouldBe("已驳回。");
    }

    [Fact]
    public async Task The_operators_page_shows_the_rejection_at_once_with_one_name_for_the_state()
    {
        var page = (await StoryAsync()).OperatorPageAfterRejection;
        FilingInfoPage.TestId(page, "status").ShouldBe("备案驳回");
        FilingInfoPage.TestId(page, "status-summary").ShouldContain("未通过审核，原因：申请材料缺失");
        // 办理记录 names the state as the status line does (备案驳回, not 已驳回; 待确认, not 待受理).
        var history = History(page);
        history.ShouldContain("备案驳回");
        history.ShouldContain("待确认");
        history.ShouldNotContain("已驳回");
        history.ShouldNotContain("待受理");
    }

    [Fact]
    public async Task The_history_names_the_bureau_and_the_administrator_not_account_names()
    {
        var history = History((await StoryAsync()).OperatorPageAfterRejection);
        history.ShouldContain("北京市石景山区商务局");
        history.ShouldContain("测试管理员");
        history.ShouldNotContain(DistrictReviewer);
        history.ShouldNotContain(FilingRows.DemoUser);
    }

    [Fact]
    public async Task The_operator_is_notified_of_the_rejection_in_app_and_by_SMS()
    {
        var story = await StoryAsync();
        story.InboxAfterRejection.ShouldContain("原因：申请材料缺失");
        story.InboxAfterRejection.ShouldContain("备案驳回");
        await Poller.UntilAsync(() => factory.SmsToAdministratorAsync("filing.rejected"), n => n == 1, "the rejection SMS");
    }

    [Fact]
    public async Task A_resubmission_is_accepted_again()
    {
        var story = await StoryAsync();
        story.Resubmitted.ShouldBe(HttpStatusCode.Redirect);
        story.AcceptedAgain.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Approval_assigns_an_SW_filing_number_of_the_day()
    {
        var story = await StoryAsync();
        var today = factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        story.Filing.FilingNumber.ShouldStartWith("SW" + today);
        story.Filing.FilingNumber.Length.ShouldBe(15);
        story.Filing.ApplicationId.ShouldBe(story.Application.Id);
        FilingInfoPage.TestId(story.Approved.Html, "decision-notice").ShouldBe($"已审核通过，备案编号 {story.Filing.FilingNumber}。");
        FilingInfoPage.TestId(story.Approved.Html, "filing-number").ShouldBe(story.Filing.FilingNumber);
    }

    [Fact]
    public async Task A_second_click_on_approve_changes_nothing()
    {
        var story = await StoryAsync();
        var again = await ReviewPage.StepAsync(story.Reviewer, story.Application.Id, "approve", reuseKey: story.Approved.Key);
        FilingInfoPage.TestId(again.Html, "decision-notice").ShouldBe("该操作已完成，无需重复提交。");
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Filings")).ShouldBe(1);
    }

    [Fact]
    public async Task The_operator_sees_its_filing_number_and_bureau_once_approved()
    {
        var story = await StoryAsync();
        await Poller.UntilAsync(factory.DemoApplicationAsync, a => a.Status == FilingApplicationStatus.Approved, "the application to follow the approval");
        var info = await story.Operator.GetPageAsync(FilingInfoPage.Url);
        FilingInfoPage.TestId(info, "filing-number").ShouldBe(story.Filing.FilingNumber);
        FilingInfoPage.TestId(info, "filing-bureau").ShouldBe("北京市石景山区商务局");
        FilingInfoPage.TestId(info, "status").ShouldBe("完成备案");
    }

    [Fact]
    public async Task The_operator_is_notified_of_the_approval_in_app_and_by_SMS()
    {
        var story = await StoryAsync();
        await Poller.UntilAsync(() => story.Operator.GetPageAsync("/Notifications/Inbox"), h => h.Contains("备案编号" + story.Filing.FilingNumber), "the approval message");
        (await factory.SmsToAdministratorAsync("filing.approved")).ShouldBe(1);
    }

    [Fact]
    public async Task The_public_filing_code_shows_the_filing_without_personal_data()
    {
        var filing = (await StoryAsync()).Filing;
        using var consumer = factory.AnonymousClient();
        var code = await consumer.GetPageAsync("/FilingCode/" + filing.FilingNumber);
        FilingInfoPage.TestId(code, "code-filing-number").ShouldBe(filing.FilingNumber);
        FilingInfoPage.TestId(code, "code-operator").ShouldBe("演示企业2");
        FilingInfoPage.TestId(code, "code-shop-name").ShouldBe("演示餐厅（补正）");
        FilingInfoPage.TestId(code, "code-valid").ShouldBe("已完成单用途商业预付卡经营备案");
        code.ShouldNotContain("13900000002");
        code.ShouldNotContain("11010519491231002X");
    }

    [Fact]
    public async Task The_filing_code_has_a_QR_image_and_an_unknown_number_has_none()
    {
        var filing = (await StoryAsync()).Filing;
        using var consumer = factory.AnonymousClient();
        var qr = await consumer.GetAsync($"/FilingCode/{filing.FilingNumber}?handler=Qr");
        qr.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await consumer.GetAsync("/FilingCode/SW2099010199999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await consumer.GetAsync("/FilingCode/not-a-number?handler=Qr")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_receipt_shows_the_filing_number_bureau_and_date()
    {
        var story = await StoryAsync();
        var receipt = await story.Operator.GetPageAsync("/Filing/Receipt");
        FilingInfoPage.TestId(receipt, "receipt-number").ShouldBe(story.Filing.FilingNumber);
        FilingInfoPage.TestId(receipt, "receipt-bureau").ShouldBe("北京市石景山区商务局");
        FilingInfoPage.TestId(receipt, "receipt-date").ShouldBe(story.Filing.FiledOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>The 办理记录 table of a page, as markup.</summary>
    private static string History(string html)
    {
        var start = html.IndexOf("data-testid=\"history\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private Task<RejectedThenApproved> StoryAsync() => factory.OnceAsync(RejectedThenApproved.WalkAsync);

    /// <summary>
    /// The demo operator submits; the district's reviewer accepts, rejects without and then with a reason; the operator
    /// resubmits with a corrected shop name; the reviewer accepts and approves (with text in the reason box).
    /// </summary>
    private sealed record RejectedThenApproved(PlatformClient Operator, PlatformClient Reviewer, FilingApplication Application, OperatorFiling Filing)
    {
        public required string CodeBeforeSubmit { get; init; }
        public required HttpStatusCode ReceiptBeforeSubmit { get; init; }
        public required string QueueAfterSubmit { get; init; }
        public required string Accepted { get; init; }
        public required string RejectedWithoutReason { get; init; }
        public required string Rejected { get; init; }
        public required string InboxAfterRejection { get; init; }
        public required string OperatorPageAfterRejection { get; init; }
        public required HttpStatusCode Resubmitted { get; init; }
        public required HttpStatusCode AcceptedAgain { get; init; }
        public required (HttpResponseMessage Response, string Html, string Key) Approved { get; init; }

        public static async Task<RejectedThenApproved> WalkAsync(PlatformFactory factory)
        {
            var operatorClient = await factory.SignedInClientAsync(FilingRows.DemoUser);
            var code = await operatorClient.GetPageAsync("/Filing/Code");
            var receipt = (await operatorClient.GetAsync("/Filing/Receipt?handler=Pdf")).StatusCode;
            (await FilingInfoPage.SubmitAsync(operatorClient, FilingInfoPage.Complete())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var application = await factory.DemoApplicationAsync();
            var reviewer = await factory.SignedInClientAsync(DistrictReviewer);
            var queue = await reviewer.GetPageAsync("/Filing/Applications");

            var accepted = await ReviewPage.StepAsync(reviewer, application.Id, "accept");
            var noReason = await ReviewPage.StepAsync(reviewer, application.Id, "reject", reason: " ");
            var rejected = await ReviewPage.StepAsync(reviewer, application.Id, "reject", reason: "申请材料缺失");
            // Read at once, before any event is delivered: the status committed with the step.
            var operatorAfterRejection = await operatorClient.GetPageAsync(FilingInfoPage.Url);
            await Poller.UntilAsync(factory.DemoApplicationAsync, a => a.Status == FilingApplicationStatus.Rejected, "the application to follow the rejection");
            var inbox = await Poller.UntilAsync(() => operatorClient.GetPageAsync("/Notifications/Inbox"), h => h.Contains("原因：申请材料缺失"), "the rejection message in the operator's inbox");

            var resubmitted = await FilingInfoPage.SubmitAsync(operatorClient, FilingInfoPage.Complete().With("ShopName", "演示餐厅（补正）"));
            var acceptedAgain = await ReviewPage.StepAsync(reviewer, application.Id, "accept");
            var approved = await ReviewPage.StepAsync(reviewer, application.Id, "approve", reason: "（审核通过时填写的文字不是驳回原因）");
            return new RejectedThenApproved(operatorClient, reviewer, application, await factory.DemoFilingAsync())
            {
                CodeBeforeSubmit = code,
                ReceiptBeforeSubmit = receipt,
                QueueAfterSubmit = queue,
                Accepted = accepted.Html,
                RejectedWithoutReason = noReason.Html,
                Rejected = rejected.Html,
                InboxAfterRejection = inbox,
                OperatorPageAfterRejection = operatorAfterRejection,
                Resubmitted = resubmitted.StatusCode,
                AcceptedAgain = acceptedAgain.Response.StatusCode,
                Approved = approved,
            };
        }
    }
}

using System.Net;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Tests.Arrangements;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 变更备案信息 (F7): the same form prefilled from the filing; the district sees the diff and confirms through
/// filing.change; the number stays; a rejected change leaves the filed data in force. The demo operator's change is
/// rejected, then confirmed (<see cref="ChangeRejectedThenConfirmed"/>, once per class); each test checks one rule.
/// </summary>
public sealed class FilingChangeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Dictionary<string, (string, byte[])> NoFiles = [];

    [Fact]
    public async Task A_change_opens_the_form_prefilled_from_the_filing()
    {
        var story = await StoryAsync();
        story.Started.ShouldBe(HttpStatusCode.Redirect);
        FilingInfoPage.Hidden(story.Form, "Input.ShopName").ShouldBe(story.Registration.ShopName);
        story.Form.ShouldContain("data-testid=\"change-banner\"");
        story.Form.ShouldContain("兑付场所信息.xlsx");
    }

    [Fact]
    public async Task A_second_change_cannot_open_while_one_is_open()
    {
        (await StoryAsync()).SecondStart.ShouldContain("已有办理中的申请");
    }

    [Fact]
    public async Task A_submitted_change_is_an_application_of_the_filing()
    {
        var story = await StoryAsync();
        story.Submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, story.Submitted.Summary);
        story.Change.FilingId.ShouldBe(story.Filing.Id);
    }

    [Fact]
    public async Task A_change_shows_its_application_number_and_the_settings_review_days_as_the_manual_does()
    {
        // 四、备案信息变更: "已于2023年06月29日【变更备案】，申请单编号20230511443305。预计3个工作日完成确认。请关注确认结果通知。"
        var story = await StoryAsync();
        story.Change.ApplicationNumber.ShouldMatch(@"^\d{14}$");
        story.Change.ApplicationNumber.ShouldNotBe(story.Registration.ApplicationNumber);
        FilingInfoPage.TestId(story.Form, "status-summary").ShouldBe($"正在进行【变更备案】，申请单编号{story.Change.ApplicationNumber}，请修改需要变更的信息并提交。");
        FilingInfoPage.TestId(story.AfterSubmit, "status-summary")
            .ShouldMatch($@"^已于\d{{4}}年\d{{2}}月\d{{2}}日【变更备案】，申请单编号{story.Change.ApplicationNumber}。预计3个工作日完成确认。请关注确认结果通知。$");
    }

    [Fact]
    public async Task The_district_reviews_a_change_as_the_lines_that_differ()
    {
        var review = (await StoryAsync()).Review;
        review.ShouldContain("变更备案审核");
        FilingInfoPage.TestIds(review, "change-line").Count.ShouldBe(2);
        review.ShouldContain("演示餐厅（新址）");
        review.ShouldContain("北京市石景山区苹果园街道新址路9号");
    }

    [Fact]
    public async Task A_rejected_change_leaves_the_filed_data_in_force()
    {
        var story = await StoryAsync();
        FilingInfoPage.TestId(story.Rejected, "decision-notice").ShouldBe("已驳回。");
        FilingInfoPage.TestId(story.CodeAfterRejection, "code-shop-name").ShouldBe(story.Registration.ShopName);
        // The SMS leaves through the outbox after the commit; the status no longer waits for it (it commits with the step).
        await Poller.UntilAsync(() => factory.SmsToAdministratorAsync("filing.change.rejected"), n => n == 1, "the change's rejection SMS");
    }

    [Fact]
    public async Task A_confirmed_change_keeps_the_filing_and_its_number()
    {
        var story = await StoryAsync();
        story.Resubmitted.ShouldBe(HttpStatusCode.Redirect);
        FilingInfoPage.TestId(story.Approved, "decision-notice").ShouldBe($"已确认变更，备案编号 {story.Filing.FilingNumber} 不变。");
        var after = await factory.DemoFilingAsync();
        after.FilingNumber.ShouldBe(story.Filing.FilingNumber);
        after.ApplicationId.ShouldBe(story.Change.Id);
        after.ChangedAtUtc.ShouldNotBeNull();
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Filings")).ShouldBe(1);
    }

    [Fact]
    public async Task A_confirmed_change_keeping_the_account_keeps_its_binding()
    {
        var story = await StoryAsync();
        story.Resubmitted.ShouldBe(HttpStatusCode.Redirect);
        (await factory.CountAsync("SELECT COUNT(*) FROM Custody_Bindings")).ShouldBe(1);
        (await factory.CountAsync("SELECT COUNT(*) FROM Custody_Bindings WHERE UnboundAtUtc IS NULL")).ShouldBe(1);
        (await factory.CountAsync("SELECT COUNT(*) FROM Custody_Operators WHERE BindingId IS NOT NULL")).ShouldBe(1);
    }

    [Fact]
    public async Task A_confirmed_change_is_public_and_sent_to_the_operator_by_SMS()
    {
        var story = await StoryAsync();
        using var consumer = factory.AnonymousClient();
        story.PortalAfterRejection.ShouldNotContain("演示餐厅（新址）");
        FilingInfoPage.TestId(await consumer.GetPageAsync("/FilingCode/" + story.Filing.FilingNumber), "code-shop-name").ShouldBe("演示餐厅（新址）");
        // The portal keeps its answers in memory too, dropped by the approval's workflow event once the outbox delivers it.
        await Poller.UntilAsync(() => factory.CountAsync("SELECT COUNT(*) FROM Platform_OutboxMessages WHERE ProcessedAtUtc IS NULL AND Failed = 0"), n => n == 0,
            "the outbox to deliver the approval's events");
        var portal = await consumer.GetPageAsync("/Gongshi/Operator/" + story.Filing.FilingNumber);
        portal.ShouldContain("演示餐厅（新址）");
        portal.ShouldContain("北京市石景山区苹果园街道新址路9号");
        await Poller.UntilAsync(() => factory.SmsToAdministratorAsync("filing.change.approved"), n => n == 1, "the change's SMS");
    }

    [Fact]
    public async Task Updating_the_licence_with_another_entity_is_refused_with_the_manuals_guidance()
    {
        using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);
        var refusal = await FilingRows.CompleteLicenceScanAsync(factory, client, "91110108MA01AB3C3G");
        refusal.ShouldContain("当经营主体统一社会信用代码发生变化时，不能通过更新证照或变更备案办理，需以新主体重新注册并申请备案。");
    }

    private Task<ChangeRejectedThenConfirmed> StoryAsync() => factory.OnceAsync(ChangeRejectedThenConfirmed.WalkAsync);

    /// <summary>
    /// On the demo operator's approved filing: a change of shop name and address is started (and a second one tried),
    /// submitted, rejected by the district, submitted again and confirmed.
    /// </summary>
    private sealed record ChangeRejectedThenConfirmed(OperatorFiling Filing, FilingApplication Registration, FilingApplication Change)
    {
        public required HttpStatusCode Started { get; init; }
        public required string Form { get; init; }
        public required string SecondStart { get; init; }
        public required PageAnswer Submitted { get; init; }

        /// <summary>备案信息 right after the change was submitted.</summary>
        public required string AfterSubmit { get; init; }
        public required string Review { get; init; }
        public required string Rejected { get; init; }
        public required string CodeAfterRejection { get; init; }
        public required string PortalAfterRejection { get; init; }
        public required HttpStatusCode Resubmitted { get; init; }
        public required string Approved { get; init; }

        public static async Task<ChangeRejectedThenConfirmed> WalkAsync(PlatformFactory factory)
        {
            var filing = await factory.ApprovedDemoFilingAsync();
            var registration = await factory.DemoApplicationAsync();
            using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);
            var started = await StartChangeAsync(client);
            var form = await client.GetPageAsync(FilingInfoPage.Url);
            var second = await StartChangeAsync(client);

            var changed = FilingInfoPage.Complete().With("ShopName", "演示餐厅（新址）").With("PremisesAddress", "北京市石景山区苹果园街道新址路9号");
            var submitted = await PageAnswer.OfAsync(await FilingInfoPage.SubmitAsync(client, changed, files: NoFiles));
            var change = await ChangeWhenAsync(factory, FilingApplicationStatus.UnderReview, "the change to follow its workflow");
            var afterSubmit = await client.GetPageAsync(FilingInfoPage.Url);

            using var reviewer = await factory.SignedInClientAsync("reviewer110107");
            var review = await reviewer.GetPageAsync(ReviewPage.Url(change.Id));
            var rejected = await ReviewPage.StepAsync(reviewer, change.Id, "reject", reason: "新址租赁合同未上传");
            await ChangeWhenAsync(factory, FilingApplicationStatus.Rejected, "the rejected change");
            using var consumer = factory.AnonymousClient();
            var code = await consumer.GetPageAsync("/FilingCode/" + filing.FilingNumber);
            // Both public pages are stored now, with the filed data: the approval below must make both rows stale.
            var portal = await consumer.GetPageAsync("/Gongshi/Operator/" + filing.FilingNumber);

            var resubmitted = await FilingInfoPage.SubmitAsync(client, changed, files: NoFiles);
            var approved = await ReviewPage.StepAsync(reviewer, change.Id, "approve");
            return new ChangeRejectedThenConfirmed(filing, registration, change)
            {
                Started = started.StatusCode,
                Form = form,
                SecondStart = await second.Content.ReadAsStringAsync(),
                Submitted = submitted,
                AfterSubmit = afterSubmit,
                Review = review,
                Rejected = rejected.Html,
                CodeAfterRejection = code,
                PortalAfterRejection = portal,
                Resubmitted = resubmitted.StatusCode,
                Approved = approved.Html,
            };
        }

        private static Task<HttpResponseMessage> StartChangeAsync(PlatformClient client) =>
            client.PostFormAsync(FilingInfoPage.Url, new Dictionary<string, string>(), FilingInfoPage.Url + "?handler=StartChange");

        private static async Task<FilingApplication> ChangeWhenAsync(PlatformFactory factory, FilingApplicationStatus status, string waitingFor) =>
            (await Poller.UntilAsync(factory.DemoApplicationsAsync, all => all.Single(a => a.Kind == FilingApplicationKind.Change).Status == status, waitingFor))
                .Single(a => a.Kind == FilingApplicationKind.Change);
    }
}

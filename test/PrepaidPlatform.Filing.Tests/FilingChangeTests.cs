using System.Net;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 变更备案信息 (F7): the same form prefilled from the filing; the district sees the diff and confirms through
/// filing.change; the number stays; a rejected change leaves the filed data in force.
/// </summary>
public sealed class FilingChangeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A_change_is_prefilled_shown_as_a_diff_rejected_then_confirmed_and_the_filing_keeps_its_number()
    {
        var filing = await factory.ApprovedDemoFilingAsync();
        var registration = await factory.DemoApplicationAsync();
        using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);

        var info = await client.GetPageAsync(FilingInfoPage.Url);
        var started = await client.PostFormAsync(FilingInfoPage.Url, new Dictionary<string, string>(), FilingInfoPage.Url + "?handler=StartChange");
        started.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var form = await client.GetPageAsync(FilingInfoPage.Url);
        FilingInfoPage.Hidden(form, "Input.ShopName").ShouldBe(registration.ShopName);
        form.ShouldContain("data-testid=\"change-banner\"");
        form.ShouldContain("兑付场所信息.xlsx");

        // A second change cannot open while this one is open.
        var second = await client.PostFormAsync(FilingInfoPage.Url, new Dictionary<string, string>(), FilingInfoPage.Url + "?handler=StartChange");
        (await second.Content.ReadAsStringAsync()).ShouldContain("已有办理中的申请");

        var changed = FilingInfoPage.Complete().With("ShopName", "演示餐厅（新址）").With("PremisesAddress", "北京市石景山区苹果园街道新址路9号");
        var submitted = await FilingInfoPage.SubmitAsync(client, changed, files: new Dictionary<string, (string, byte[])>());
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await submitted.Content.ReadAsStringAsync()));
        var change = (await factory.DemoApplicationsAsync()).Single(a => a.Kind == FilingApplicationKind.Change);
        change.FilingId.ShouldBe(filing.Id);
        await Poller.UntilAsync(factory.DemoApplicationsAsync, all => all.Single(a => a.Kind == FilingApplicationKind.Change).Status == FilingApplicationStatus.UnderReview,
            "the change to follow its workflow");

        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        var review = await reviewer.GetPageAsync(ReviewPage.Url(change.Id));
        review.ShouldContain("变更备案审核");
        var lines = FilingInfoPage.TestIds(review, "change-line");
        lines.Count.ShouldBe(2);
        review.ShouldContain("演示餐厅（新址）");
        review.ShouldContain("北京市石景山区苹果园街道新址路9号");

        var rejected = await ReviewPage.StepAsync(reviewer, change.Id, "reject", reason: "新址租赁合同未上传");
        FilingInfoPage.TestId(rejected.Html, "decision-notice").ShouldBe("已驳回。");
        await Poller.UntilAsync(factory.DemoApplicationsAsync, all => all.Single(a => a.Kind == FilingApplicationKind.Change).Status == FilingApplicationStatus.Rejected,
            "the rejected change");
        // The public code still shows the filed data.
        using var consumer = factory.AnonymousClient();
        FilingInfoPage.TestId(await consumer.GetPageAsync("/FilingCode/" + filing.FilingNumber), "code-shop-name").ShouldBe(registration.ShopName);
        (await factory.SmsToAdministratorAsync("filing.change.rejected")).ShouldBe(1);

        (await FilingInfoPage.SubmitAsync(client, changed, files: new Dictionary<string, (string, byte[])>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var approved = await ReviewPage.StepAsync(reviewer, change.Id, "approve");
        FilingInfoPage.TestId(approved.Html, "decision-notice").ShouldBe($"已确认变更，备案编号 {filing.FilingNumber} 不变。");

        var after = await factory.DemoFilingAsync();
        after.FilingNumber.ShouldBe(filing.FilingNumber);
        after.ApplicationId.ShouldBe(change.Id);
        after.ChangedAtUtc.ShouldNotBeNull();
        FilingInfoPage.TestId(await consumer.GetPageAsync("/FilingCode/" + filing.FilingNumber), "code-shop-name").ShouldBe("演示餐厅（新址）");
        await Poller.UntilAsync(() => factory.SmsToAdministratorAsync("filing.change.approved"), n => n == 1, "the change's SMS");
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Filings")).ShouldBe(1);
    }

    [Fact]
    public async Task Updating_the_licence_with_another_entity_is_refused_with_the_manuals_guidance()
    {
        using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);
        var refusal = await FilingRows.CompleteLicenceScanAsync(factory, client, "91110108MA01AB3C3G");
        refusal.ShouldContain("当经营主体统一社会信用代码发生变化时，不能通过更新证照或变更备案办理，需以新主体重新注册并申请备案。");
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Tests.Arrangements;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Testing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 第2步 保存草稿或提交备案, 第3步 status: a draft keeps what was typed, a submit starts 备案登记 and locks the form. The
/// demo operator saves a draft, then submits it with the ID and account numbers left blank (<see cref="DraftThenSubmit"/>,
/// once per class); each test checks one rule on what it saw.
/// </summary>
public sealed class FilingSubmitTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string DemoUser = "91110107MA01AB2C3C";
    private const string IdNumber = "11010519491231002X";

    [Fact]
    public async Task A_draft_keeps_what_was_typed_without_starting_the_workflow()
    {
        var story = await StoryAsync();
        story.Saved.ShouldBe(HttpStatusCode.Redirect);
        FilingInfoPage.TestId(story.DraftPage, "notice").ShouldBe("草稿已保存。");
        FilingInfoPage.TestId(story.DraftPage, "status").ShouldBe("草稿");
        story.DraftPage.ShouldContain("value=\"演示餐厅\"");
        story.Draft.Status.ShouldBe(FilingApplicationStatus.Draft);
        story.Draft.WorkflowInstanceId.ShouldBeNull();
        story.Draft.PrepaidBalanceFen.ShouldBe(10_000);
    }

    [Fact]
    public async Task A_draft_gets_a_fourteen_digit_application_number()
    {
        (await StoryAsync()).Number.ShouldMatch(@"^\d{14}$");
    }

    [Fact]
    public async Task The_ID_number_is_stored_encrypted_and_shown_masked()
    {
        var story = await StoryAsync();
        story.DraftPage.ShouldContain("已填写 1101**********002X，如需修改请重新输入");
        story.DraftPage.ShouldNotContain(IdNumber);
        story.Draft.LegalRepIdNumber.Masked.ShouldBe("1101**********002X");
        story.Draft.LegalRepIdNumber.Protected.ShouldNotContain(IdNumber);
        (await factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IPersonalDataProtector>().Unprotect(story.Draft.LegalRepIdNumber.Protected))))
            .ShouldBe(IdNumber);
    }

    [Fact]
    public async Task The_custody_account_is_kept_by_custody_and_shown_masked()
    {
        var story = await StoryAsync();
        story.DraftPage.ShouldContain("已填写 2000************1234，如需修改请重新输入");
        (await factory.InScopeAsync(async sp =>
        {
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(story.Draft.TenantId);
            return await sp.GetRequiredService<ICustodyAccounts>().RevealAsync(story.Draft.Id);
        })).ShouldBe("20000012345678901234");
    }

    [Fact]
    public async Task A_second_draft_beside_an_open_application_is_refused()
    {
        (await StoryAsync()).SecondDraftPage.ShouldContain(FilingApplications.OpenExistsMessage);
    }

    [Fact]
    public async Task A_submit_counts_the_stored_ID_and_account_numbers_left_blank()
    {
        var story = await StoryAsync();
        story.Submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, story.Submitted.Summary);
        var application = await factory.DemoApplicationAsync();
        application.Status.ShouldBe(FilingApplicationStatus.Submitted);
        application.ApplicationNumber.ShouldBe(story.Number);
        application.PrepaidBalanceFen.ShouldBe(60_123_456);
        application.SubmittedAtUtc.ShouldNotBeNull();
        application.OpenKey.ShouldBe(DemoUser);
    }

    [Fact]
    public async Task A_submit_enters_the_registration_workflow()
    {
        await StoryAsync();
        var application = await factory.DemoApplicationAsync();
        var instance = await factory.InScopeAsync(sp =>
        {
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(application.TenantId);
            return sp.GetRequiredService<IWorkflowRuntime>().FindBySubjectAsync(FilingApplication.WorkflowKey, FilingApplication.SubjectType, application.Id.ToString());
        });
        instance.ShouldNotBeNull();
        instance.Id.ShouldBe(application.WorkflowInstanceId!.Value);
        instance.CurrentState.ShouldBe("submitted");
    }

    [Fact]
    public async Task The_submitted_application_shows_its_status_number_and_history_in_Shanghai_time()
    {
        var story = await StoryAsync();
        var application = await factory.DemoApplicationAsync();
        var html = await story.Operator.GetPageAsync(FilingInfoPage.Url);
        FilingInfoPage.TestId(html, "status").ShouldBe("待确认");
        FilingInfoPage.TestId(html, "status-summary").ShouldContain($"【申请备案】，申请单编号{story.Number}");
        html.ShouldContain("data-testid=\"history\"");
        html.ShouldContain("<td>提交</td>");
        // Asia/Shanghai is UTC+8 without daylight saving.
        var local = application.SubmittedAtUtc!.Value.AddHours(8).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        FilingInfoPage.TestId(html, "submitted-at").ShouldBe(local);
        html.ShouldContain($"<td>{local}</td>");
    }

    [Fact]
    public async Task The_submitted_application_is_shown_read_only_with_masked_numbers()
    {
        var html = await (await StoryAsync()).Operator.GetPageAsync(FilingInfoPage.Url);
        html.ShouldNotContain("data-testid=\"filing-form\"");
        FilingInfoPage.TestId(html, "summary-id").ShouldBe("1101**********002X");
        FilingInfoPage.TestId(html, "summary-account").ShouldBe("2000************1234");
        FilingInfoPage.TestId(html, "summary-balance").ShouldStartWith("60.123456");
    }

    [Fact]
    public async Task A_submitted_application_cannot_be_changed_or_withdrawn_by_the_operator()
    {
        // 提交后的备案申请无法自行撤回.
        var story = await StoryAsync();
        var application = await factory.DemoApplicationAsync();
        var again = await FilingInfoPage.SubmitAsync(story.Operator, FilingInfoPage.Complete().With("ShopName", "改名"), application.Id);
        (await again.Content.ReadAsStringAsync()).ShouldContain(FilingApplications.LockedMessage);
        (await factory.DemoApplicationAsync()).ShouldSatisfyAllConditions(a => a.ShopName.ShouldBe("演示餐厅"), a => a.Status.ShouldBe(FilingApplicationStatus.Submitted));
    }

    private Task<DraftThenSubmit> StoryAsync() => factory.OnceAsync(DraftThenSubmit.WalkAsync);

    /// <summary>What the demo operator saw saving a draft (shop name, ID, account, a balance) and then submitting the complete form.</summary>
    private sealed record DraftThenSubmit(PlatformClient Operator, HttpStatusCode Saved, string DraftPage, string Number, FilingApplication Draft,
        string SecondDraftPage, PageAnswer Submitted)
    {
        public static async Task<DraftThenSubmit> WalkAsync(PlatformFactory factory)
        {
            var client = await factory.SignedInClientAsync(DemoUser);
            // 保存草稿: nothing but lengths is checked.
            var saved = await FilingInfoPage.SaveAsync(client, new Dictionary<string, string>
            {
                ["Input.ShopName"] = "演示餐厅",
                ["Input.LegalRepIdNumber"] = "11010519491231002x",
                ["Input.CustodyAccountNumber"] = "2000 0012 3456 7890 1234",
                ["Input.PrepaidBalanceWan"] = "0.01",
            });
            var draftPage = await client.GetPageAsync(FilingInfoPage.Url);
            var draft = await factory.DemoApplicationAsync();
            var secondDraft = await SaveWithoutIdAsync(client);
            // 提交备案 with the ID number and account left blank.
            var complete = FilingInfoPage.Complete().With("LegalRepIdNumber", "").With("CustodyAccountNumber", "");
            var submitted = await PageAnswer.OfAsync(await FilingInfoPage.SubmitAsync(client, complete));
            return new DraftThenSubmit(client, saved.StatusCode, draftPage, FilingInfoPage.TestId(draftPage, "application-number"), draft, secondDraft, submitted);
        }

        /// <summary>A second draft of the same operator posted without the draft's id (as a second browser tab would).</summary>
        private static async Task<string> SaveWithoutIdAsync(PlatformClient client)
        {
            var page = await client.GetPageAsync(FilingInfoPage.Url);
            var response = await client.Http.PostAsync(FilingInfoPage.Url + "?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
                ["Input.ShopName"] = "第二份",
            }));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return await response.Content.ReadAsStringAsync();
        }
    }
}

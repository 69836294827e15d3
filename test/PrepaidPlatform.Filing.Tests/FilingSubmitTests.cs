using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Workflows;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>第2步 保存草稿或提交备案, 第3步 status: a draft keeps what was typed, a submit starts 备案登记 and locks the form.</summary>
public sealed class FilingSubmitTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string DemoUser = "91110107MA01AB2C3C";

    [Fact]
    public async Task A_draft_saves_anything_then_a_complete_submit_enters_the_registration_workflow()
    {
        using var client = await factory.SignedInClientAsync(DemoUser);

        // 保存草稿: nothing but lengths is checked; the ID number is stored encrypted, hashed and masked.
        var saved = await FilingInfoPage.SaveAsync(client, new Dictionary<string, string>
        {
            ["Input.ShopName"] = "演示餐厅",
            ["Input.LegalRepIdNumber"] = "11010519491231002x",
            ["Input.CustodyAccountNumber"] = "2000 0012 3456 7890 1234",
            ["Input.PrepaidBalanceWan"] = "0.01",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await client.GetPageAsync(FilingInfoPage.Url);
        FilingInfoPage.TestId(html, "notice").ShouldBe("草稿已保存。");
        FilingInfoPage.TestId(html, "status").ShouldBe("草稿");
        html.ShouldContain("value=\"演示餐厅\"");
        html.ShouldContain("已填写 1101**********002X，如需修改请重新输入");
        html.ShouldContain("已填写 2000************1234，如需修改请重新输入");
        html.ShouldNotContain("11010519491231002X");
        var number = FilingInfoPage.TestId(html, "application-number");
        number.ShouldMatch(@"^\d{14}$");

        var draft = await factory.DemoApplicationAsync();
        draft.Status.ShouldBe(FilingApplicationStatus.Draft);
        draft.WorkflowInstanceId.ShouldBeNull();
        draft.PrepaidBalanceFen.ShouldBe(10_000);
        draft.LegalRepIdNumber.Masked.ShouldBe("1101**********002X");
        draft.LegalRepIdNumber.Protected.ShouldNotContain("11010519491231002X");
        (await RevealAsync(draft.LegalRepIdNumber.Protected)).ShouldBe("11010519491231002X");
        (await factory.InScopeAsync(async sp =>
        {
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(draft.TenantId);
            return await sp.GetRequiredService<ICustodyAccounts>().RevealAsync(draft.Id);
        })).ShouldBe("20000012345678901234");

        // A second draft of the same operator without the id would be a second open application: refused.
        (await SaveWithoutIdAsync(client)).ShouldContain(FilingApplications.OpenExistsMessage);

        // 提交备案 with the ID number and account left blank: the stored ones count.
        var complete = FilingInfoPage.Complete().With("LegalRepIdNumber", "").With("CustodyAccountNumber", "");
        var submitted = await FilingInfoPage.SubmitAsync(client, complete);
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await submitted.Content.ReadAsStringAsync()));

        var application = await factory.DemoApplicationAsync();
        application.Status.ShouldBe(FilingApplicationStatus.Submitted);
        application.ApplicationNumber.ShouldBe(number);
        application.PrepaidBalanceFen.ShouldBe(60_123_456);
        application.SubmittedAtUtc.ShouldNotBeNull();
        application.OpenKey.ShouldBe(DemoUser);
        var instance = await factory.InScopeAsync(sp =>
        {
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(application.TenantId);
            return sp.GetRequiredService<IWorkflowRuntime>().FindBySubjectAsync(FilingApplication.WorkflowKey, FilingApplication.SubjectType, application.Id.ToString());
        });
        instance.ShouldNotBeNull();
        instance.Id.ShouldBe(application.WorkflowInstanceId!.Value);
        instance.CurrentState.ShouldBe("submitted");

        // 第3步: status, 申请单编号, date and history; the form is read-only with masked numbers.
        html = await client.GetPageAsync(FilingInfoPage.Url);
        FilingInfoPage.TestId(html, "status").ShouldBe("待确认");
        FilingInfoPage.TestId(html, "status-summary").ShouldContain($"【申请备案】，申请单编号{number}");
        html.ShouldContain("data-testid=\"history\"");
        html.ShouldContain("<td>提交</td>");
        // Times are shown in Asia/Shanghai (UTC+8, no daylight saving).
        var local = application.SubmittedAtUtc!.Value.AddHours(8).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        FilingInfoPage.TestId(html, "submitted-at").ShouldBe(local);
        html.ShouldContain($"<td>{local}</td>");
        html.ShouldNotContain("data-testid=\"filing-form\"");
        FilingInfoPage.TestId(html, "summary-id").ShouldBe("1101**********002X");
        FilingInfoPage.TestId(html, "summary-account").ShouldBe("2000************1234");
        FilingInfoPage.TestId(html, "summary-balance").ShouldStartWith("60.123456");

        // 提交后的备案申请无法自行撤回: neither a new draft nor a second submit changes it.
        var again = await FilingInfoPage.SubmitAsync(client, FilingInfoPage.Complete().With("ShopName", "改名"), application.Id);
        (await again.Content.ReadAsStringAsync()).ShouldContain(FilingApplications.LockedMessage);
        (await factory.DemoApplicationAsync()).ShouldSatisfyAllConditions(a => a.ShopName.ShouldBe("演示餐厅"), a => a.Status.ShouldBe(FilingApplicationStatus.Submitted));
    }

    private async Task<string> SaveWithoutIdAsync(PlatformClient client)
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

    private Task<string> RevealAsync(string protectedText) =>
        factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IPersonalDataProtector>().Unprotect(protectedText)));
}

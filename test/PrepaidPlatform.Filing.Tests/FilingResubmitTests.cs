using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Testing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 备案登记确认结果 · 1.: after 驳回 the operator sees the reason, edits and resubmits. The district's steps are fired
/// through the workflow runtime as the district reviewer (its review page is a later part of issue 6).
/// </summary>
public sealed class FilingResubmitTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string DemoUser = "91110107MA01AB2C3C";

    [Fact]
    public async Task A_rejected_application_shows_the_reason_and_is_resubmitted_through_the_workflow()
    {
        using var client = await factory.SignedInClientAsync(DemoUser);
        (await FilingInfoPage.SubmitAsync(client, FilingInfoPage.Complete())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var application = await factory.DemoApplicationAsync();

        await AsReviewerAsync(application, async runtime =>
        {
            var instanceId = application.WorkflowInstanceId!.Value;
            (await runtime.FireAsync(new WorkflowFireRequest(instanceId, "accept"))).Succeeded.ShouldBeTrue();
            var rejected = await runtime.FireAsync(new WorkflowFireRequest(instanceId, "reject", new Dictionary<string, string> { ["reason"] = "申请材料缺失" }));
            rejected.Succeeded.ShouldBeTrue(rejected.Error);
        });
        // subject.setStatus reaches the application through the outbox after the step committed.
        await Poller.UntilAsync(factory.DemoApplicationAsync, a => a.Status == FilingApplicationStatus.Rejected, "the application to follow the rejection");

        var html = await client.GetPageAsync(FilingInfoPage.Url);
        FilingInfoPage.TestId(html, "status").ShouldBe("备案驳回");
        FilingInfoPage.TestId(html, "status-summary").ShouldEndWith($"申请单编号{application.ApplicationNumber}，未通过审核，原因：申请材料缺失。请修改后重新提交。");
        html.ShouldContain("<td>驳回</td>");
        html.ShouldContain("<td>申请材料缺失</td>");
        html.ShouldContain("data-testid=\"filing-form\"");

        // 预计N个工作日 is the city's 区级审核时限, not a typed 3: the city sets 5 before the resubmit.
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.Set<SettingValue>().Add(new(Guid.NewGuid(), RuleSettings.ReviewWorkingDays,
                SettingValue.CityProvider, SettingValue.CityKey, "5"));
            await db.SaveChangesAsync();
        });
        FilingInfoPage.TestId(await client.GetPageAsync(FilingInfoPage.Url), "intro").ShouldContain("备案审核预计需要5个工作日");
        var resubmitted = await FilingInfoPage.SubmitAsync(client, FilingInfoPage.Complete().With("ShopName", "演示餐厅（补正）"));
        resubmitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await resubmitted.Content.ReadAsStringAsync()));
        FilingInfoPage.TestId(await client.GetPageAsync(FilingInfoPage.Url), "status-summary").ShouldContain("预计5个工作日内完成审核");
        var after = await factory.DemoApplicationAsync();
        after.Status.ShouldBe(FilingApplicationStatus.Submitted);
        after.ShopName.ShouldBe("演示餐厅（补正）");
        after.ApplicationNumber.ShouldBe(application.ApplicationNumber);
        after.WorkflowInstanceId.ShouldBe(application.WorkflowInstanceId);
        after.FirstSubmittedAtUtc.ShouldBe(application.FirstSubmittedAtUtc);
        await AsReviewerAsync(after, async runtime =>
        {
            (await runtime.FindAsync(after.WorkflowInstanceId!.Value))!.CurrentState.ShouldBe("submitted");
            (await runtime.GetJournalAsync(after.WorkflowInstanceId!.Value))[^1].Trigger.ShouldBe("resubmit");
        });
    }

    /// <summary>Runs as the district's reviewer (reviewer110107 with the review permission) in the application's district.</summary>
    private async Task AsReviewerAsync(FilingApplication application, Func<IWorkflowRuntime, Task> work)
    {
        var reviewer = await factory.UserAsync("reviewer110107");
        await factory.InScopeAsync(async sp =>
        {
            var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, reviewer.Id.ToString()),
                new Claim(ClaimTypes.Name, "reviewer110107"),
                new Claim(PlatformClaimTypes.Side, nameof(PlatformSide.District)),
                new Claim(PlatformClaimTypes.Permission, WorkflowPermissions.Review),
            ], "Test");
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = sp };
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(application.TenantId);
            await work(sp.GetRequiredService<IWorkflowRuntime>());
        });
    }
}

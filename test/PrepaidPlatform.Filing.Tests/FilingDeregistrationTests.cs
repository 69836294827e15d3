using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 备案注销 (F8, manual 五): the operator confirms the conditions and applies after its own 30-day notice; the district
/// 办理备案号注销 (within 3 working days, the workflow's deadline) and the deregistration is published at once: no second
/// 30-day notice follows the consent.
/// </summary>
public sealed class FilingDeregistrationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    internal const string Url = "/Filing/Deregister";

    [Fact]
    public async Task The_conditions_are_checked_and_the_districts_consent_deregisters_the_filing_and_publishes_it_at_once()
    {
        var filing = await factory.ApprovedDemoFilingAsync();
        using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var form = await client.GetPageAsync(Url);
        form.ShouldContain("各区商务部门于3个工作日内办理备案号注销，并向社会公示。");
        FilingInfoPage.TestId(form, "condition-4").ShouldStartWith("4. 区商务部门认为需要办结的其他事项");

        // Nothing confirmed; then a public notice that has run only 10 days.
        var empty = await ApplyAsync(client, new Dictionary<string, string>());
        var html = await empty.Content.ReadAsStringAsync();
        FilingInfoPage.FieldError(html, "IssuanceStoppedOn").ShouldBe("请确认已停止发行预付卡，并填写停止发行的日期（不晚于今天）。");
        FilingInfoPage.FieldError(html, "Reason").ShouldBe("请填写注销原因，不超过200个字。");
        var early = await ApplyAsync(client, Conditions(today, noticeDaysAgo: 10));
        FilingInfoPage.FieldError(await early.Content.ReadAsStringAsync(), "NoticeFrom")
            .ShouldBe($"向社会公示不少于三十日：自{today.AddDays(-10):yyyy年MM月dd日}起公示，须于{today.AddDays(20):yyyy年MM月dd日}及以后方可申请注销。");
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Deregistrations")).ShouldBe(0);

        (await ApplyAsync(client, Conditions(today, noticeDaysAgo: 31))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var request = await client.GetPageAsync(Url);
        FilingInfoPage.TestId(request, "notice").ShouldBe("注销申请已提交，登记注册地所在区商务部门将于3个工作日内办理备案号注销，并向社会公示。");
        FilingInfoPage.TestId(request, "status").ShouldBe("审核中");
        // Open for the closure-risk early warning (IDeregistrationApplications), in its district only.
        var operatorId = (await factory.UserAsync(FilingRows.DemoUser)).Id;
        (await OpenDeregistrationsAsync(null)).ShouldContain(d => d.OperatorUserId == operatorId && !d.PublicNotice);
        (await OpenDeregistrationsAsync((await factory.UserAsync("reviewer110108")).TenantId)).ShouldNotContain(d => d.OperatorUserId == operatorId);

        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        var list = await reviewer.GetPageAsync("/Filing/Deregistrations");
        var id = System.Text.RegularExpressions.Regex.Match(list, "/Filing/Deregistrations/([0-9a-f-]{36})").Groups[1].Value;
        var details = await reviewer.GetPageAsync("/Filing/Deregistrations/" + id);
        details.ShouldContain("data-testid=\"step-approve\"");
        details.ShouldContain("办理备案号注销");
        FilingInfoPage.TestId(details, "condition-4").ShouldContain("区商务部门认为需要办结的其他事项");
        details.ShouldNotContain("notice-ends");

        // Another district sees nothing of it.
        using var haidian = await factory.SignedInClientAsync("reviewer110108");
        (await haidian.GetAsync("/Filing/Deregistrations/" + id)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var done = await StepAsync(reviewer, id, "approve");
        FilingInfoPage.TestId(done, "decision-notice").ShouldBe("已办理备案号注销，并在备案注销公示中向社会公示。");
        await Poller.UntilAsync(factory.DemoFilingAsync, f => f.Status == OperatorFilingStatus.Deregistered, "the filing to be deregistered on the district's consent");
        (await OpenDeregistrationsAsync(null)).ShouldNotContain(d => d.OperatorUserId == operatorId);

        using var consumer = factory.AnonymousClient();
        (await consumer.GetPageAsync("/FilingCode/" + filing.FilingNumber)).ShouldContain("data-testid=\"code-deregistered\"");
        var published = await consumer.GetPageAsync("/FilingCode/Deregistrations");
        published.ShouldContain(filing.FilingNumber);
        published.ShouldContain("已注销");
        await Poller.UntilAsync(() => factory.SmsToAdministratorAsync("filing.deregistered"), n => n == 1, "the operator's SMS");
        FilingInfoPage.TestId(await client.GetPageAsync(Url), "status").ShouldBe("已注销");
    }

    private Task<IReadOnlyList<OpenDeregistration>> OpenDeregistrationsAsync(Guid? district) =>
        factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district);
            using var filter = district is null ? sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>() : null;
            return await sp.GetRequiredService<IDeregistrationApplications>().ListOpenAsync();
        });

    internal static Dictionary<string, string> Conditions(DateOnly today, int noticeDaysAgo) => new()
    {
        ["Input.IssuanceStopped"] = "true",
        ["Input.IssuanceStoppedOn"] = today.AddDays(-noticeDaysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.NoticePublished"] = "true",
        ["Input.NoticeFrom"] = today.AddDays(-noticeDaysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.NoticeChannel"] = "门店张贴公告、微信公众号",
        ["Input.BalanceSettled"] = "true",
        ["Input.SettledBalanceWan"] = "12.5",
        ["Input.Reason"] = "经营调整，终止预付卡业务",
    };

    internal static async Task<HttpResponseMessage> ApplyAsync(PlatformClient client, Dictionary<string, string> fields)
    {
        var page = await client.GetPageAsync(Url);
        fields["IdempotencyKey"] = FilingInfoPage.Hidden(page, "IdempotencyKey");
        fields["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page);
        return await client.Http.PostAsync(Url, new FormUrlEncodedContent(fields));
    }

    internal static async Task<string> StepAsync(PlatformClient reviewer, string id, string trigger)
    {
        var url = "/Filing/Deregistrations/" + id;
        var page = await reviewer.GetPageAsync(url);
        var response = await reviewer.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
            ["Version"] = FilingInfoPage.Hidden(page, "Version"),
            ["IdempotencyKey"] = FilingInfoPage.Hidden(page, "IdempotencyKey"),
            ["Trigger"] = trigger,
        }));
        return await response.Content.ReadAsStringAsync();
    }
}

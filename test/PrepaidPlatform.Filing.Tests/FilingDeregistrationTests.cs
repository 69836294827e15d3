using System.Globalization;
using System.Net;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 备案注销 (F8): the operator confirms the three conditions and applies; the district agrees; the platform's 30-day
/// public notice is a timer nobody can cut short; then the filing is deregistered and listed publicly.
/// </summary>
public sealed class FilingDeregistrationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Url = "/Filing/Deregister";

    [Fact]
    public async Task The_conditions_are_checked_the_district_agrees_the_notice_runs_30_days_and_the_filing_is_deregistered_publicly()
    {
        var filing = await factory.ApprovedDemoFilingAsync();
        using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

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
        var request = (await client.GetPageAsync(Url));
        FilingInfoPage.TestId(request, "status").ShouldBe("审核中");

        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        var list = await reviewer.GetPageAsync("/Filing/Deregistrations");
        var id = System.Text.RegularExpressions.Regex.Match(list, "/Filing/Deregistrations/([0-9a-f-]{36})").Groups[1].Value;
        var details = await reviewer.GetPageAsync("/Filing/Deregistrations/" + id);
        details.ShouldContain("data-testid=\"step-approve\"");
        details.ShouldNotContain("step-noticeEnded");

        // Another district sees nothing of it.
        using var haidian = await factory.SignedInClientAsync("reviewer110108");
        (await haidian.GetAsync("/Filing/Deregistrations/" + id)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var agreed = await StepAsync(reviewer, id, "approve");
        FilingInfoPage.TestId(agreed, "decision-notice").ShouldBe($"已同意注销，公示至{today.AddDays(30):yyyy-MM-dd}，期满自动注销。");
        // The end of the notice is the platform's: the reviewer cannot fire it.
        (await StepAsync(reviewer, id, "noticeEnded")).ShouldContain("“公示期满注销”由平台在计时到期时自动办理。");

        using var consumer = factory.AnonymousClient();
        var published = await Poller.UntilAsync(() => consumer.GetPageAsync("/FilingCode/Deregistrations"), h => h.Contains(filing.FilingNumber), "the notice to be published");
        published.ShouldContain("公示中");
        (await factory.DemoFilingAsync()).Status.ShouldBe(OperatorFilingStatus.Filed);

        factory.Clock.Advance(TimeSpan.FromDays(31));
        await Poller.UntilAsync(factory.DemoFilingAsync, f => f.Status == OperatorFilingStatus.Deregistered, "the filing to be deregistered when the notice ends", TimeSpan.FromSeconds(60));
        (await consumer.GetPageAsync("/FilingCode/" + filing.FilingNumber)).ShouldContain("data-testid=\"code-deregistered\"");
        (await consumer.GetPageAsync("/FilingCode/Deregistrations")).ShouldContain("已注销");
        await Poller.UntilAsync(() => factory.SmsToAdministratorAsync("filing.deregistered"), n => n == 1, "the operator's SMS");
        // A month later the earlier session has expired: the operator signs in again.
        using var later = await factory.SignedInClientAsync(FilingRows.DemoUser);
        FilingInfoPage.TestId(await later.GetPageAsync(Url), "status").ShouldBe("已注销");
    }

    private static Dictionary<string, string> Conditions(DateOnly today, int noticeDaysAgo) => new()
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

    private static async Task<HttpResponseMessage> ApplyAsync(PlatformClient client, Dictionary<string, string> fields)
    {
        var page = await client.GetPageAsync(Url);
        fields["IdempotencyKey"] = FilingInfoPage.Hidden(page, "IdempotencyKey");
        fields["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page);
        return await client.Http.PostAsync(Url, new FormUrlEncodedContent(fields));
    }

    private static async Task<string> StepAsync(PlatformClient reviewer, string id, string trigger)
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

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Testing.RegistrationJourney;

namespace PrepaidPlatform.Identity.Tests;

/// <summary>管理员变更 (F2): requested after a new licence verification, reviewed by the district through account.adminChange.</summary>
public sealed partial class AdminChangeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Operator = "91110107MA01AB2C3C";
    private const string NewPassword = "Nn#2026abc";

    private async Task<HttpResponseMessage> RequestAsync(string phone, string? reason = "原管理员离职，原手机号已停用")
    {
        // The factory's clock stands still unless moved: without this step two requests of this class can tie on
        // SubmittedAtUtc, and which one LatestRequestAsync returns would depend on the order xunit runs the tests in.
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        using var client = await VerifiedLicenceAsync(factory, Operator);
        var sent = await client.PostFormAsync("/Onboarding/AdminChange", new Dictionary<string, string> { ["Input.Phone"] = phone }, "/Onboarding/AdminChange?handler=SendCode");
        (await sent.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"code-sent\"");
        var fields = Details(phone, await factory.LatestCodeAsync(phone));
        fields["Input.Password"] = fields["Input.ConfirmPassword"] = NewPassword;
        fields["Input.Reason"] = reason ?? string.Empty;
        return await client.PostFormAsync("/Onboarding/AdminChange", fields, "/Onboarding/AdminChange?handler=Submit");
    }

    private Task<AdminChangeRequest> LatestRequestAsync() => factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<AdminChangeRequest>().AsNoTracking().OrderByDescending(r => r.SubmittedAtUtc).FirstAsync();
    });

    private static async Task<HttpResponseMessage> DecideAsync(PlatformClient reviewer, Guid id, string handler, string? reason = null)
    {
        var url = $"/Identity/AdminChanges/Details/{id}";
        var page = await reviewer.GetPageAsync(url);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
            ["Version"] = Hidden().Match(page).Groups[1].Value,
            ["IdempotencyKey"] = Key().Match(page).Groups[1].Value,
            ["Reason"] = reason ?? string.Empty,
        };
        return await reviewer.Http.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task The_district_approves_and_the_new_administrator_signs_in_while_the_old_password_and_sessions_end()
    {
        using var oldSession = await factory.SignedInClientAsync(Operator);
        var submitted = await RequestAsync("13900000401");
        (await submitted.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"admin-change-submitted\"");
        var request = await LatestRequestAsync();
        request.Status.ShouldBe(AdminChangeStatus.Submitted);
        request.Phone.Masked.ShouldBe("139****0401");
        request.Phone.Protected.ShouldNotContain("13900000401");

        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        var list = await reviewer.GetPageAsync("/Identity/AdminChanges");
        list.ShouldContain("演示企业2");
        list.ShouldContain("139****0401");
        list.ShouldNotContain("13900000401");
        var details = await reviewer.GetPageAsync($"/Identity/AdminChanges/Details/{request.Id}");
        details.ShouldContain("138****0002");
        details.ShouldContain("1101**********002X");

        var approved = await DecideAsync(reviewer, request.Id, "Approve");
        (await approved.Content.ReadAsStringAsync()).ShouldContain("已审核通过，新管理员可以登录。");
        (await LatestRequestAsync()).Status.ShouldBe(AdminChangeStatus.Approved);

        using var fresh = await factory.SignedInClientAsync(Operator, NewPassword);
        (await fresh.GetPageAsync("/Operator")).ShouldContain("演示企业2");
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        (await oldSession.GetAsync("/Operator")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The new phone is now the account's: password reset codes go there, and the SMS told it the result.
        (await factory.LatestCodeAsync("13900000401")).ShouldNotBeNullOrEmpty();
        var sms = await factory.CountAsync("SELECT COUNT(*) FROM Notify_SmsMessages WHERE TemplateKey = 'account.adminChange.approved'");
        sms.ShouldBe(1);
    }

    [Fact]
    public async Task Another_district_neither_sees_nor_decides_the_request()
    {
        (await RequestAsync("13900000402")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var request = await LatestRequestAsync();

        using var stranger = await factory.SignedInClientAsync("reviewer110108");
        (await stranger.GetPageAsync("/Identity/AdminChanges")).ShouldNotContain("演示企业2");
        (await stranger.GetAsync($"/Identity/AdminChanges/Details/{request.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var own = await factory.SignedInClientAsync("reviewer110107");
        // The district's 待办 lists the request and opens its review page; another district's does not.
        (await own.GetPageAsync("/Workflows/Inbox")).ShouldContain($"/Identity/AdminChanges/Details/{request.Id}");
        (await stranger.GetPageAsync("/Workflows/Inbox")).ShouldNotContain(request.Id.ToString());
        var page = await own.GetPageAsync($"/Identity/AdminChanges/Details/{request.Id}");
        var forged = await stranger.Http.PostAsync($"/Identity/AdminChanges/Details/{request.Id}?handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(await stranger.GetPageAsync("/Identity/AdminChanges")),
            ["Version"] = Hidden().Match(page).Groups[1].Value,
            ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
        }));
        forged.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await LatestRequestAsync()).Status.ShouldBe(AdminChangeStatus.Submitted);

        // A second request while this one waits is refused.
        var again = await RequestAsync("13900000403");
        (await again.Content.ReadAsStringAsync()).ShouldContain("该经营者已有待审核的管理员变更申请");

        // Rejecting needs a reason; with one, the request ends and the account keeps its administrator.
        var bare = await DecideAsync(own, request.Id, "Reject");
        (await bare.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"reason-error\">请填写驳回原因");
        (await LatestRequestAsync()).Status.ShouldBe(AdminChangeStatus.Submitted);
        var rejected = await DecideAsync(own, request.Id, "Reject", "新管理员身份信息与营业执照登记信息不符");
        (await rejected.Content.ReadAsStringAsync()).ShouldContain("新管理员身份信息与营业执照登记信息不符");
        (await LatestRequestAsync()).Status.ShouldBe(AdminChangeStatus.Rejected);
    }

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex Hidden();

    [GeneratedRegex("name=\"IdempotencyKey\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex Key();
}

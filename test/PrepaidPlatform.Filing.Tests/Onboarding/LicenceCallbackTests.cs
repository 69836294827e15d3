using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests.Onboarding;

/// <summary>A host that reaches the licence service over HTTP, with the in-process fake of the service behind the adapter.</summary>
public sealed class LicenceServiceFactory : PlatformFactory
{
    internal FakeLicenceService Service { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Filing:LicenceVerifier"] = "Http",
        ["Filing:LicenceService:Url"] = "https://licence.test/api/",
        ["Filing:LicenceService:AppId"] = FakeLicenceService.AppId,
        ["Filing:LicenceService:Key"] = FakeLicenceService.Key,
    };

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddHttpClient(HttpLicenceVerifier.ClientName).ConfigurePrimaryHttpMessageHandler(() => Service);
}

/// <summary>
/// Issue 15: the licence service's push callback (docs/licence-service.md §3). A signed push of a session's outcome is kept
/// in the database, where any instance's registration page finds it; a forged, stale, foreign or malformed push is refused
/// with a Chinese problem document and keeps nothing.
/// </summary>
public sealed class LicenceCallbackTests(LicenceServiceFactory factory) : IClassFixture<LicenceServiceFactory>
{
    private const string CallbackPath = "/api/v1/filing/licence-service/callback";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_pushed_confirmation_completes_registration_while_the_service_cannot_be_asked()
    {
        var client = factory.AnonymousClient();
        var page = await client.GetPageAsync("/Onboarding/Register");
        var challenge = ChallengeOf(page);
        var entity = SandboxEntities.All[3];

        factory.Service.Down = true;
        try
        {
            var pushed = await PushAsync(Push(challenge, "confirmed", entity));
            pushed.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await pushed.Content.ReadAsStringAsync()).ShouldBe("""{"code":"0","duplicate":false}""");
            pushed.Headers.GetValues(HttpLicenceVerifier.SignatureHeader).Single()
                .ShouldBe(ApiRequestSignature.Sign(FakeLicenceService.Key, """{"code":"0","duplicate":false}"""));

            var submitted = await client.Http.PostAsync("/Onboarding/Register", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["ChallengeId"] = challenge,
                ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
            }));
            submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            submitted.Headers.Location!.OriginalString.ShouldBe("/Onboarding/Licence");
            (await client.GetPageAsync("/Onboarding/Licence")).ShouldContain(entity.Name);
        }
        finally
        {
            factory.Service.Down = false;
        }
    }

    [Fact]
    public async Task A_pushed_refusal_is_shown_on_the_page_and_a_new_code_is_made()
    {
        var client = factory.AnonymousClient();
        var page = await client.GetPageAsync("/Onboarding/Register");
        var challenge = ChallengeOf(page);
        (await PushAsync(Push(challenge, "refused", message: "法定代表人拒绝了授权（测试）。"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var answer = await client.Http.PostAsync("/Onboarding/Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ChallengeId"] = challenge,
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
        }));
        var html = await answer.Content.ReadAsStringAsync();
        PlatformClient.ValidationSummary(html).ShouldContain("法定代表人拒绝了授权（测试）。");
        ChallengeOf(html).ShouldNotBe(challenge);
    }

    [Fact]
    public async Task The_licence_is_kept_encrypted_and_a_repeated_push_changes_nothing()
    {
        var session = Guid.NewGuid().ToString("N");
        var entity = SandboxEntities.All[2];
        (await PushAsync(Push(session, "confirmed", entity))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = await PushAsync(Push(session, "refused", message: "重复推送"));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldBe("""{"code":"0","duplicate":true}""");

        var stored = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<LicenceCallback>().AsNoTracking().SingleAsync(c => c.SessionId == session));
        stored.State.ShouldBe(LicenceChallengeState.Confirmed);
        var kept = stored.LicenceProtected.ShouldNotBeNull();
        kept.ShouldNotContain(entity.Uscc);
        kept.ShouldNotContain(entity.LegalRepresentative);

        var status = await factory.InScopeAsync(sp => sp.GetRequiredService<ILicenceCallbacks>().FindAsync(session, CancellationToken.None));
        status!.State.ShouldBe(LicenceChallengeState.Confirmed);
        status.Licence.ShouldBe(entity);
    }

    [Fact]
    public async Task Forged_stale_foreign_and_malformed_pushes_are_refused_in_Chinese_and_keep_nothing()
    {
        var session = Guid.NewGuid().ToString("N");
        var entity = SandboxEntities.All[0];
        const string unauthorized = "回调未通过验证：请检查签名（X-Signature）、appId 和时间戳（与平台时间相差不得超过 5 分钟）。";

        await RefusedAsync(await PushAsync(Push(session, "confirmed", entity), key: "someone-elses-key"), 401, unauthorized);
        await RefusedAsync(await PushAsync(Push(session, "confirmed", entity, at: factory.Clock.GetUtcNow().AddMinutes(-6))), 401, unauthorized);
        await RefusedAsync(await PushAsync(Push(session, "confirmed", entity, appId: "another-app")), 401, unauthorized);
        await RefusedAsync(await SendAsync("{not json", FakeLicenceService.Key), 400, ApiProblems.MalformedDetail);
        await RefusedAsync(await PushAsync(Push(session, "pending")), 400, "state 须为 confirmed、expired 或 refused 之一（待确认的会话不必推送）。");
        await RefusedAsync(await PushAsync(Push(session, "confirmed")), 400, "state 为 confirmed 时须附营业执照信息（licence）。");
        await RefusedAsync(await PushAsync(Push(session, "confirmed", entity with { Uscc = "" })), 400, "营业执照信息（licence）须包含 uscc、name、legalRepresentative 和 districtCode。");
        await RefusedAsync(await PushAsync(Push(session, "refused", message: new string('拒', 257))), 400, "message 不得超过 256 个字符。");
        await RefusedAsync(await PushAsync(Push(new string('a', 129), "expired")), 400, "sessionId 必填，且不超过 128 个字符。");
        await RefusedAsync(await PushAsync(Push(session, "refused", message: new string('x', 70_000))), 413, "回调正文超过 64 KB。");

        var kept = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<LicenceCallback>().AnyAsync(c => c.SessionId == session));
        kept.ShouldBeFalse();
    }

    [Fact]
    public async Task Outcomes_older_than_a_day_are_dropped_when_the_next_arrives()
    {
        var old = Guid.NewGuid().ToString("N");
        (await PushAsync(Push(old, "expired"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromHours(25));

        var recent = Guid.NewGuid().ToString("N");
        (await PushAsync(Push(recent, "expired"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var sessions = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<LicenceCallback>()
            .Where(c => c.SessionId == old || c.SessionId == recent).Select(c => c.SessionId).ToListAsync());
        sessions.ShouldBe([recent]);
    }

    private static string ChallengeOf(string html)
    {
        var challenge = System.Text.RegularExpressions.Regex.Match(html, "name=\"ChallengeId\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        challenge.ShouldNotBeEmpty();
        return challenge;
    }

    private object Push(string sessionId, string state, BusinessLicence? licence = null, string? message = null, string? appId = null, DateTimeOffset? at = null) => new
    {
        appId = appId ?? FakeLicenceService.AppId,
        sessionId,
        state,
        message,
        licence,
        timestamp = (at ?? factory.Clock.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        nonce = Guid.NewGuid().ToString("N"),
    };

    private Task<HttpResponseMessage> PushAsync(object push, string key = FakeLicenceService.Key) => SendAsync(JsonSerializer.Serialize(push, Json), key);

    private async Task<HttpResponseMessage> SendAsync(string json, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, CallbackPath) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(HttpLicenceVerifier.SignatureHeader, ApiRequestSignature.Sign(key, json));
        return await factory.CreateClient().SendAsync(request);
    }

    private static async Task RefusedAsync(HttpResponseMessage response, int status, string detail)
    {
        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(ApiProblems.ContentType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("detail").GetString().ShouldBe(detail);
    }
}

/// <summary>Without the HTTP licence service (the sandbox of Development and Testing) there is no callback to call.</summary>
public sealed class LicenceCallbackWithoutServiceTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_callback_answers_404_in_Chinese()
    {
        var response = await factory.CreateClient().PostAsync("/api/v1/filing/licence-service/callback", new StringContent("{}", Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("本平台未启用电子营业执照服务回调。");
    }
}

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
            var push = Push(challenge, "confirmed", entity);
            var pushed = await PushAsync(push);
            pushed.StatusCode.ShouldBe(HttpStatusCode.OK);
            var answer = await pushed.Content.ReadAsStringAsync();
            pushed.Headers.GetValues(HttpLicenceVerifier.SignatureHeader).Single().ShouldBe(ApiRequestSignature.Sign(FakeLicenceService.Key, answer));
            using (var json = JsonDocument.Parse(answer))
            {
                json.RootElement.GetProperty("code").GetString().ShouldBe("0");
                json.RootElement.GetProperty("sessionId").GetString().ShouldBe(challenge);
                json.RootElement.GetProperty("nonce").GetString().ShouldBe(push.Nonce, "the answer names the push it answers");
                json.RootElement.GetProperty("duplicate").GetBoolean().ShouldBeFalse();
            }

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
        using (var json = JsonDocument.Parse(await again.Content.ReadAsStringAsync()))
        {
            json.RootElement.GetProperty("duplicate").GetBoolean().ShouldBeTrue();
        }

        var stored = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<LicenceCallback>().AsNoTracking()
            .SingleAsync(c => c.SessionKey == LicenceCallback.KeyOf(session)));
        stored.State.ShouldBe(LicenceChallengeState.Confirmed);
        var kept = stored.LicenceProtected.ShouldNotBeNull();
        kept.ShouldNotContain(entity.Uscc);
        kept.ShouldNotContain(entity.LegalRepresentative);

        var status = await factory.InScopeAsync(sp => sp.GetRequiredService<ILicenceCallbacks>().FindAsync(session, CancellationToken.None));
        status!.State.ShouldBe(LicenceChallengeState.Confirmed);
        status.Licence.ShouldBe(entity);

        var otherCase = await factory.InScopeAsync(sp => sp.GetRequiredService<ILicenceCallbacks>().FindAsync(session.ToUpperInvariant(), CancellationToken.None));
        otherCase.ShouldBeNull("session ids are compared exactly, on MariaDB too");
    }

    [Fact]
    public async Task Simultaneous_copies_of_one_push_keep_one_outcome()
    {
        var session = Guid.NewGuid().ToString("N");
        var push = Push(session, "confirmed", SandboxEntities.All[1]);
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PushAsync(push)));
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        var fresh = 0;
        foreach (var answer in answers)
        {
            using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
            fresh += json.RootElement.GetProperty("duplicate").GetBoolean() ? 0 : 1;
        }

        fresh.ShouldBe(1);
        (await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<LicenceCallback>()
            .CountAsync(c => c.SessionKey == LicenceCallback.KeyOf(session)))).ShouldBe(1);
    }

    [Fact]
    public async Task A_pushed_confirmation_counts_only_in_the_browser_that_was_shown_the_code_and_only_for_half_an_hour()
    {
        var shown = factory.AnonymousClient();
        var challenge = ChallengeOf(await shown.GetPageAsync("/Onboarding/Register"));
        (await PushAsync(Push(challenge, "confirmed", SandboxEntities.All[1]))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var other = factory.AnonymousClient();
        var otherPage = await other.GetPageAsync("/Onboarding/Register");
        var taken = await other.Http.PostAsync("/Onboarding/Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ChallengeId"] = challenge,
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(otherPage),
        }));
        PlatformClient.ValidationSummary(await taken.Content.ReadAsStringAsync()).ShouldContain("二维码已失效，请使用本页面新生成的二维码重新扫码确认。");

        var late = factory.AnonymousClient();
        var latePage = await late.GetPageAsync("/Onboarding/Register");
        var lateChallenge = ChallengeOf(latePage);
        (await PushAsync(Push(lateChallenge, "confirmed", SandboxEntities.All[1]))).StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        factory.Service.Down = true;
        try
        {
            var answer = await late.Http.PostAsync("/Onboarding/Register", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["ChallengeId"] = lateChallenge,
                ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(latePage),
            }));
            answer.StatusCode.ShouldBe(HttpStatusCode.OK, "an outcome pushed over half an hour ago confirms nothing");
            PlatformClient.ValidationSummary(await answer.Content.ReadAsStringAsync()).ShouldContain("暂时无法从电子营业执照服务读取确认结果，请稍后再试。");
        }
        finally
        {
            factory.Service.Down = false;
        }
    }

    [Fact]
    public async Task The_sandbox_page_does_not_exist_with_the_licence_service()
    {
        var client = factory.AnonymousClient();
        (await client.GetAsync("/Onboarding/Sandbox")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var posted = await client.PostFormAsync("/Onboarding/Register", new Dictionary<string, string> { ["Uscc"] = SandboxEntities.All[0].Uscc }, "/Onboarding/Sandbox");
        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Forged_stale_foreign_and_malformed_pushes_are_refused_in_Chinese_and_keep_nothing()
    {
        var session = Guid.NewGuid().ToString("N");
        var entity = SandboxEntities.All[0];
        const string unauthorized = "回调未通过验证：请检查签名（X-Signature）、appId 和时间戳（与平台时间相差不得超过 5 分钟）。";

        await RefusedAsync(await PushAsync(Push(session, "confirmed", entity), key: "someone-elses-key"), 401, unauthorized);
        await RefusedAsync(await PushAsync(Push(session, "confirmed", entity, at: factory.Clock.GetUtcNow().AddMinutes(-6))), 401, unauthorized);
        await RefusedAsync(await PushAsync(Push(session, "confirmed", entity, at: factory.Clock.GetUtcNow().AddMinutes(6))), 401, unauthorized);
        await RefusedAsync(await PushAsync(Push(session, "confirmed", entity, appId: "another-app")), 401, unauthorized);
        await RefusedAsync(await SendAsync(JsonSerializer.Serialize(Push(session, "confirmed", entity), Json), key: null), 401, unauthorized);
        await RefusedAsync(await SendAsync("{not json", FakeLicenceService.Key), 400, ApiProblems.MalformedDetail);
        await RefusedAsync(await PushAsync(Push(session, "expired") with { Nonce = "" }), 400, "nonce 必填，且不超过 64 个字符。");
        await RefusedAsync(await PushAsync(Push(session, "pending")), 400, "state 须为 confirmed、expired 或 refused 之一（待确认的会话不必推送）。");
        await RefusedAsync(await PushAsync(Push(session, "confirmed")), 400, "state 为 confirmed 时须附营业执照信息（licence）。");
        await RefusedAsync(await PushAsync(Push(session, "confirmed", entity with { Uscc = "" })), 400, "营业执照信息（licence）须包含 uscc、name、legalRepresentative 和 districtCode。");
        await RefusedAsync(await PushAsync(Push(session, "refused", message: new string('拒', 257))), 400, "message 不得超过 256 个字符。");
        await RefusedAsync(await PushAsync(Push(new string('a', 129), "expired")), 400, "sessionId 必填，且不超过 128 个字符。");
        await RefusedAsync(await PushAsync(Push(session, "refused", message: new string('x', 70_000))), 413, "回调正文超过 64 KB。");
        await RefusedAsync(await SendAsync(JsonSerializer.Serialize(Push(session, "refused", message: new string('x', 70_000)), Json), FakeLicenceService.Key, chunked: true),
            413, "回调正文超过 64 KB。");

        var kept = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<LicenceCallback>().AnyAsync(c => c.SessionKey == LicenceCallback.KeyOf(session)));
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
            .Where(c => c.SessionKey == LicenceCallback.KeyOf(old) || c.SessionKey == LicenceCallback.KeyOf(recent)).Select(c => c.SessionKey).ToListAsync());
        sessions.ShouldBe([LicenceCallback.KeyOf(recent)]);
    }

    private static string ChallengeOf(string html)
    {
        var challenge = System.Text.RegularExpressions.Regex.Match(html, "name=\"ChallengeId\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        challenge.ShouldNotBeEmpty();
        return challenge;
    }

    private PushBody Push(string sessionId, string state, BusinessLicence? licence = null, string? message = null, string? appId = null, DateTimeOffset? at = null) =>
        new(appId ?? FakeLicenceService.AppId, sessionId, state, message, licence,
            (at ?? factory.Clock.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N"));

    private Task<HttpResponseMessage> PushAsync(PushBody push, string key = FakeLicenceService.Key) => SendAsync(JsonSerializer.Serialize(push, Json), key);

    /// <param name="key">null: no X-Signature at all.</param>
    /// <param name="chunked">Streamed without a Content-Length, so only the read itself can stop an oversized body.</param>
    private async Task<HttpResponseMessage> SendAsync(string json, string? key, bool chunked = false)
    {
        HttpContent content = chunked
            ? new StreamContent(new NonSeekable(Encoding.UTF8.GetBytes(json)))
            : new StringContent(json, Encoding.UTF8, "application/json");
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, CallbackPath) { Content = content };
        if (key is not null)
        {
            request.Headers.Add(HttpLicenceVerifier.SignatureHeader, ApiRequestSignature.Sign(key, json));
        }

        return await factory.CreateClient().SendAsync(request);
    }

    private sealed record PushBody(string AppId, string SessionId, string State, string? Message, BusinessLicence? Licence, string Timestamp, string Nonce);

    /// <summary>A stream that cannot tell its length, so the request goes without Content-Length.</summary>
    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
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

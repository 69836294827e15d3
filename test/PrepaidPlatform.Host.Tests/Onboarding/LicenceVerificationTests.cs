using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Onboarding;

/// <summary>注册 · 一、使用电子营业执照进行证照验证 (SPEC F1), through the pages with the sandbox verifier.</summary>
public sealed partial class LicenceVerificationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static async Task<(PlatformClient Client, string Challenge, string Page)> StartAsync(PlatformFactory factory)
    {
        var client = factory.AnonymousClient();
        var page = await client.GetPageAsync("/Onboarding/Register");
        var challenge = ChallengeRegex().Match(page).Groups[1].Value;
        challenge.ShouldNotBeNullOrEmpty();
        return (client, challenge, page);
    }

    internal static async Task ConfirmInSandboxAsync(PlatformClient client, string challenge, string uscc)
    {
        var confirmed = await client.PostFormAsync($"/Onboarding/Sandbox?challenge={challenge}", new Dictionary<string, string> { ["challenge"] = challenge, ["Uscc"] = uscc });
        (await confirmed.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"sandbox-confirmed\"");
    }

    internal static Task<HttpResponseMessage> SubmitAsync(PlatformClient client, string challenge, string page) =>
        client.Http.PostAsync("/Onboarding/Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ChallengeId"] = challenge,
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
        }));

    [Fact]
    public async Task A_confirmed_licence_is_stored_in_the_district_of_its_registered_address_and_shown_for_the_next_step()
    {
        var (client, challenge, page) = await StartAsync(factory);
        await ConfirmInSandboxAsync(client, challenge, "91110105MA01AB1C1K");

        var submitted = await SubmitAsync(client, challenge, page);
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var licencePage = await client.GetPageAsync(submitted.Headers.Location!.OriginalString);
        licencePage.ShouldContain("演示企业1");
        licencePage.ShouldContain("data-testid=\"licence-district\">朝阳区");
        licencePage.ShouldContain("data-testid=\"next-step\"");

        var stored = await factory.InScopeAsync(async sp =>
        {
            using var unfiltered = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await sp.GetRequiredService<PlatformDbContext>().Set<OperatorLicence>().AsNoTracking().SingleAsync(l => l.Uscc == "91110105MA01AB1C1K");
        });
        stored.TenantId.ShouldBe(TenantSeeder.IdFor("110105"));
        stored.RegisteredCapitalWan.ShouldBe(500m);
        stored.VerifiedBy.ShouldBe("电子营业执照（沙箱）");
    }

    [Fact]
    public async Task Continuing_before_the_legal_representative_confirmed_says_so_and_keeps_the_same_QR_code()
    {
        var (client, challenge, page) = await StartAsync(factory);
        var response = await SubmitAsync(client, challenge, page);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("尚未在电子营业执照小程序中确认");
        ChallengeRegex().Match(html).Groups[1].Value.ShouldBe(challenge);
    }

    [Fact]
    public async Task An_entity_that_already_has_an_account_is_told_the_account_is_registered()
    {
        var (client, challenge, page) = await StartAsync(factory);
        await ConfirmInSandboxAsync(client, challenge, "91110107MA01AB2C3C");
        var submitted = await SubmitAsync(client, challenge, page);
        var html = await client.GetPageAsync(submitted.Headers.Location!.OriginalString);
        html.ShouldContain("data-testid=\"already-registered\"");
        html.ShouldContain("账号已经被注册。");
    }

    [Fact]
    public async Task A_challenge_confirmed_for_one_browser_cannot_be_completed_by_another()
    {
        var (owner, challenge, _) = await StartAsync(factory);
        await ConfirmInSandboxAsync(owner, challenge, "91110105MA01AB1C1K");

        // Another session that learned the challenge id submits it with its own page's antiforgery token.
        var (thief, _, thiefPage) = await StartAsync(factory);
        var stolen = await SubmitAsync(thief, challenge, thiefPage);
        stolen.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await stolen.Content.ReadAsStringAsync());
        html.ShouldContain("二维码已失效，请使用本页面新生成的二维码重新扫码确认。");
        ChallengeRegex().Match(html).Groups[1].Value.ShouldNotBe(challenge);
        (await thief.GetAsync("/Onboarding/Licence")).Headers.Location!.OriginalString.ShouldContain("/Onboarding/Register");
        owner.Dispose();
        thief.Dispose();
    }

    [Fact]
    public async Task The_sandbox_store_drops_expired_challenges_and_keeps_a_bounded_number()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        var sandbox = new SandboxLicenceVerifier(new TestClock(clock), new PrepaidPlatform.Filing.Documents.SandboxLicenceImage(new PrepaidPlatform.Filing.Documents.ChineseFont(null)));
        for (var i = 0; i < 10; i++)
        {
            await sandbox.CreateChallengeAsync(CancellationToken.None);
        }

        clock.Advance(SandboxLicenceVerifier.ChallengeLifetime);
        var fresh = await sandbox.CreateChallengeAsync(CancellationToken.None);
        sandbox.Count.ShouldBe(1);

        for (var i = 0; i < SandboxLicenceVerifier.MaxChallenges + 50; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(1));
            await sandbox.CreateChallengeAsync(CancellationToken.None);
        }

        sandbox.Count.ShouldBe(SandboxLicenceVerifier.MaxChallenges);
        // The oldest went first.
        (await sandbox.GetStatusAsync(fresh.Id, CancellationToken.None)).State.ShouldBe(LicenceChallengeState.Expired);
    }

    private sealed class TestClock(TimeProvider time) : IClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();

        public DateOnly TodayInShanghai => DateOnly.FromDateTime(ToShanghai(UtcNow).DateTime);

        public DateTimeOffset ToShanghai(DateTimeOffset utc) => utc.ToOffset(TimeSpan.FromHours(8));
    }

    [Fact]
    public async Task The_licence_page_shows_nothing_to_someone_who_did_not_verify()
    {
        using var stranger = factory.AnonymousClient();
        var response = await stranger.GetAsync("/Onboarding/Licence");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Onboarding/Register");
    }

    [Fact]
    public async Task A_stored_licence_is_visible_in_its_own_district_only()
    {
        var (client, challenge, page) = await StartAsync(factory);
        await ConfirmInSandboxAsync(client, challenge, "91110108MA01AB3C3G");
        (await SubmitAsync(client, challenge, page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        async Task<int> CountAsOf(string districtCode) => await factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(TenantSeeder.IdFor(districtCode));
            return await sp.GetRequiredService<PlatformDbContext>().Set<OperatorLicence>().CountAsync(l => l.Uscc == "91110108MA01AB3C3G");
        });
        (await CountAsOf("110108")).ShouldBe(1);
        (await CountAsOf("110105")).ShouldBe(0);
    }

    [GeneratedRegex("name=\"ChallengeId\" value=\"([0-9a-f]{32})\"")]
    internal static partial Regex ChallengeRegex();
}

/// <summary>Own host: moves the clock past the QR code's life.</summary>
public sealed class LicenceChallengeExpiryTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task An_expired_QR_code_is_refused_and_a_new_one_is_shown()
    {
        var client = factory.AnonymousClient();
        var page = await client.GetPageAsync("/Onboarding/Register");
        var challenge = Regex.Match(page, "name=\"ChallengeId\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        factory.Clock.Advance(TimeSpan.FromMinutes(6));
        var confirm = await client.PostFormAsync($"/Onboarding/Sandbox?challenge={challenge}", new Dictionary<string, string> { ["challenge"] = challenge, ["Uscc"] = "91110101MA01AB4C44" });
        (await confirm.Content.ReadAsStringAsync()).ShouldContain("二维码已过期");

        var response = await client.Http.PostAsync("/Onboarding/Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ChallengeId"] = challenge,
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
        }));
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("二维码已过期，请点击“刷新二维码”后重新扫码。");
        html.ShouldNotContain($"value=\"{challenge}\"");
    }
}

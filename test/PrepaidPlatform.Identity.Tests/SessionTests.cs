using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Identity.Tests;

/// <summary>Sessions end after 30 idle minutes and 12 hours after sign-in. Own host: these tests move its clock.</summary>
public sealed class SessionTests : IClassFixture<SessionTests.Factory>
{
    private readonly Factory _factory;

    public SessionTests(Factory factory) => _factory = factory;

    public sealed class Factory : PlatformFactory;

    [Fact]
    public async Task A_locked_account_shows_the_minutes_left_and_opens_again_after_thirty_minutes()
    {
        using var client = _factory.AnonymousClient();
        Task<HttpResponseMessage> SignIn(string password) =>
            client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = "reviewer110111", ["Input.Password"] = password });
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await SignIn("Wrong@1234");
        }

        var locked = await (await SignIn(PlatformFactory.DemoPassword)).Content.ReadAsStringAsync();
        PlatformClient.ValidationSummary(locked).ShouldContain("请 30 分钟后再试");
        _factory.Clock.Advance(TimeSpan.FromMinutes(10));
        (await (await SignIn(PlatformFactory.DemoPassword)).Content.ReadAsStringAsync()).ShouldContain("请 20 分钟后再试");
        _factory.Clock.Advance(TimeSpan.FromMinutes(20).Add(TimeSpan.FromSeconds(1)));
        var open = await SignIn(PlatformFactory.DemoPassword);
        open.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        open.Headers.Location!.OriginalString.ShouldNotContain("/Account/Login");
    }

    [Fact]
    public async Task A_session_ends_after_thirty_idle_minutes()
    {
        using var client = await _factory.SignedInClientAsync("reviewer110101");
        _factory.Clock.Advance(TimeSpan.FromMinutes(20));
        (await client.GetAsync("/Work")).StatusCode.ShouldBe(HttpStatusCode.OK);
        _factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var expired = await client.GetAsync("/Work");
        expired.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        expired.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task An_active_session_still_ends_twelve_hours_after_sign_in()
    {
        using var client = await _factory.SignedInClientAsync("reviewer110102");
        for (var i = 0; i < 36; i++)
        {
            _factory.Clock.Advance(TimeSpan.FromMinutes(20));
            (await client.GetAsync("/Work")).StatusCode.ShouldBe(HttpStatusCode.OK, $"still active after {(i + 1) * 20} minutes");
        }

        _factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var expired = await client.GetAsync("/Work");
        expired.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        expired.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }
}

/// <summary>
/// District staff use two factors when the city says so. Own host: the test computes the authenticator code on the
/// host's test clock while Identity checks it against the wall clock, so the two must not drift apart, as they do in
/// a host whose clock other tests move hours ahead.
/// </summary>
public sealed class DistrictTwoFactorTests(DistrictTwoFactorTests.Factory factory) : IClassFixture<DistrictTwoFactorTests.Factory>
{
    public sealed class Factory : PlatformFactory;

    [Fact]
    public async Task District_staff_must_enrol_an_authenticator_when_the_city_requires_two_factors()
    {
        using (var before = await factory.SignedInClientAsync("reviewer110106"))
        {
            (await before.GetAsync("/Work")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.Add(new SettingValue(Guid.NewGuid(), PlatformSettings.DistrictTwoFactorRequired, SettingValue.CityProvider, null, "true"));
            await db.SaveChangesAsync();
            sp.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>().Remove("mfa:district");
        });
        try
        {
            var client = factory.AnonymousClient();
            var response = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = "reviewer110109", ["Input.Password"] = PlatformFactory.DemoPassword });
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var work = await client.GetAsync("/Work");
            work.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            work.Headers.Location!.OriginalString.ShouldContain("/Account/EnableAuthenticator");

            await client.EnrollAuthenticatorAsync("reviewer110109");
            (await client.GetAsync("/Work")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await factory.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<PlatformDbContext>();
                await db.Set<SettingValue>().Where(v => v.Name == PlatformSettings.DistrictTwoFactorRequired).ExecuteDeleteAsync();
                sp.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>().Remove("mfa:district");
            });
        }
    }
}

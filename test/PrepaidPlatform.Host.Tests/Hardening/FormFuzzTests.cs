using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Hardening;

/// <summary>
/// Issue 15 item 4: random posts (seeded, so a failure reproduces) to 本区信息 and to the city's 工作人员 form. Each ends in
/// a redirect (saved) or the form with Chinese messages (refused), never an error page; a refused post saves nothing.
/// The 备案信息 form has its own (Filing.Tests, FilingFormFuzzTests).
/// </summary>
public sealed class FormFuzzTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const int Posts = 400;
    private static readonly Guid Dongcheng = TenantSeeder.IdFor("110101");

    [Fact]
    public async Task Random_posts_to_the_district_profile_end_in_a_redirect_or_chinese_messages_and_a_refused_one_changes_nothing()
    {
        using var admin = await factory.SignedInClientAsync("admin110101");
        var url = $"/Platform/DistrictProfile/{(await ProfileAsync()).Id}";
        var stored = await StoredProfileAsync();
        var accepted = 0;
        await new FormFuzzer(20261208).RunAsync(admin, url, url, new Dictionary<string, string>
        {
            ["Input.BureauName"] = "北京市东城区商务局",
            ["Input.Address"] = "北京市东城区东四北大街1号",
            ["Input.ServiceHours"] = "工作日 9:00-17:00",
        }, Posts, async (i, response, _) =>
        {
            var now = await StoredProfileAsync();
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                accepted++;
                HostileText.ShouldHoldNoMarkup(await admin.GetPageAsync(url), $"本区信息 after post #{i}");
            }
            else
            {
                now.ShouldBe(stored, $"post #{i} was refused but changed 本区信息");
            }

            stored = now;
        });
        accepted.ShouldBeGreaterThan(Posts / 20);
    }

    [Fact]
    public async Task Random_posts_to_the_staff_form_end_in_a_redirect_or_chinese_messages_and_a_refused_one_creates_no_account()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var users = await factory.CountAsync("SELECT COUNT(*) FROM Identity_Users");
        var accepted = 0;
        var fuzzer = new FormFuzzer(20261209);
        await fuzzer.RunAsync(city, "/Identity/Staff", "/Identity/Staff?handler=Create", new Dictionary<string, string>
        {
            // One name per post would need the fuzzer to know the field; a taken name is one more refusal to exercise.
            ["Input.UserName"] = "fuzz.staff",
            ["Input.DisplayName"] = "测试人员",
            ["Input.Side"] = "District",
            ["Input.TenantId"] = Dongcheng.ToString(),
            ["Input.DistrictAdmin"] = "false",
            ["Input.Password"] = "Aa@123456",
        }, Posts, async (i, response, _) =>
        {
            var now = await factory.CountAsync("SELECT COUNT(*) FROM Identity_Users");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                accepted++;
                now.ShouldBe(users + 1, $"post #{i} was accepted: one account more");
            }
            else
            {
                now.ShouldBe(users, $"post #{i} was refused but created an account");
            }

            users = now;
        });
        accepted.ShouldBeGreaterThan(0);
        HostileText.ShouldHoldNoMarkup(await city.GetPageAsync("/Identity/Staff"), "工作人员 after the fuzz");
    }

    private Task<DistrictProfile> ProfileAsync() => factory.InScopeAsync(async sp =>
    {
        using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(Dongcheng);
        return (await sp.GetRequiredService<DistrictProfileService>().MineAsync(default))!;
    });

    private async Task<string> StoredProfileAsync()
    {
        var profile = await ProfileAsync();
        return $"{profile.BureauName}|{profile.Address}|{profile.ServiceHours}";
    }
}

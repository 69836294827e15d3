using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Onboarding;

/// <summary>
/// 更新证照 (issue 16 item 4), own host: a signed-in operator refreshes its licence through the (sandbox) verifier and
/// comes back to 备案信息 instead of the registration page's 账号已经被注册.
/// </summary>
public sealed class LicenceUpdateTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string DemoOperator = "91110107MA01AB2C3C";

    [Fact]
    public async Task A_signed_in_operator_refreshes_its_licence_and_returns_to_the_filing_form()
    {
        await SetStoredNameAsync("演示企业2旧名");
        var oldImage = await SetStoredImageAsync();
        using var client = await factory.SignedInClientAsync(DemoOperator);
        (await client.GetPageAsync("/Filing/Info")).ShouldContain("演示企业2旧名");

        var (challenge, page) = await OpenUpdateAsync(client);
        page.ShouldContain("data-testid=\"register-title\">更新证照");
        await LicenceVerificationTests.ConfirmInSandboxAsync(client, challenge, DemoOperator);

        var submitted = await LicenceVerificationTests.SubmitAsync(client, challenge, page);
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        submitted.Headers.Location!.OriginalString.ShouldBe("/Filing/Info");
        var info = WebUtility.HtmlDecode(await client.GetPageAsync("/Filing/Info"));
        info.ShouldContain("data-testid=\"notice\">证照信息已更新，已按电子营业执照重新带入。");
        info.ShouldContain("data-testid=\"licence-name\">演示企业2</dd>");
        info.ShouldNotContain("演示企业2旧名");
        info.ShouldNotContain("账号已经被注册");

        var stored = await StoredAsync();
        stored.Name.ShouldBe("演示企业2");
        stored.VerifiedBy.ShouldBe("电子营业执照（沙箱）");
        // The licence image comes with the licence: the verifier's new one replaces the old, one row per licence.
        var images = await ImagesAsync(stored.Id);
        images.Count.ShouldBe(1);
        images[0].ContentType.ShouldBe("image/png");
        images[0].Content.ShouldNotBe(oldImage);
        images[0].Content.Length.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public async Task A_licence_of_another_entity_is_refused_and_the_stored_licence_stays_as_it_was()
    {
        await SetStoredNameAsync("演示企业2旧名");
        using var client = await factory.SignedInClientAsync(DemoOperator);
        var (challenge, page) = await OpenUpdateAsync(client);
        await LicenceVerificationTests.ConfirmInSandboxAsync(client, challenge, "91110101MA01AB4C44");

        var response = await LicenceVerificationTests.SubmitAsync(client, challenge, page);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("扫码确认的营业执照统一社会信用代码与本账号不一致");
        (await StoredAsync()).Name.ShouldBe("演示企业2旧名");
    }

    private static async Task<(string Challenge, string Page)> OpenUpdateAsync(PlatformClient client)
    {
        var page = await client.GetPageAsync("/Onboarding/Register");
        var challenge = LicenceVerificationTests.ChallengeRegex().Match(page).Groups[1].Value;
        challenge.ShouldNotBeNullOrEmpty();
        return (challenge, page);
    }

    /// <summary>Makes the stored licence differ from what the verifier says, as after a change at the licence authority.</summary>
    private Task SetStoredNameAsync(string name) => factory.InScopeAsync(async sp =>
    {
        using var unfiltered = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        var db = sp.GetRequiredService<PlatformDbContext>();
        var licence = await db.Set<OperatorLicence>().SingleAsync(l => l.Uscc == DemoOperator);
        licence.Apply(licence.ToLicence() with { Name = name }, "演示数据", licence.VerifiedAtUtc);
        await db.SaveChangesAsync();
    });

    /// <summary>An old image in place of the seeded one (a PNG's signature and a few bytes), as a licence verified years ago.</summary>
    private Task<byte[]> SetStoredImageAsync() => factory.InScopeAsync(async sp =>
    {
        using var unfiltered = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        var db = sp.GetRequiredService<PlatformDbContext>();
        var licenceId = await db.Set<OperatorLicence>().Where(l => l.Uscc == DemoOperator).Select(l => l.Id).SingleAsync();
        byte[] old = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var image = await db.Set<OperatorLicenceImage>().SingleOrDefaultAsync(i => i.LicenceId == licenceId);
        if (image is null)
        {
            db.Add(new OperatorLicenceImage(licenceId, TenantSeeder.IdFor("110107"), old, "image/png", DateTime.UtcNow.AddYears(-1)));
        }
        else
        {
            image.Replace(old, "image/png", DateTime.UtcNow.AddYears(-1));
        }

        await db.SaveChangesAsync();
        return old;
    });

    private Task<List<OperatorLicenceImage>> ImagesAsync(Guid licenceId) => factory.InScopeAsync(async sp =>
    {
        using var unfiltered = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<OperatorLicenceImage>().AsNoTracking().Where(i => i.LicenceId == licenceId).ToListAsync();
    });

    private Task<OperatorLicence> StoredAsync() => factory.InScopeAsync(async sp =>
    {
        using var unfiltered = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<OperatorLicence>().AsNoTracking().SingleAsync(l => l.Uscc == DemoOperator);
    });
}

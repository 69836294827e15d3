using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Hardening;

/// <summary>
/// Issue 15: a copy of the database alone yields neither the Data Protection key ring (which signs the sign-in cookies)
/// nor anyone's authenticator seed; the host still signs people in with both.
/// </summary>
public sealed class SecretsAtRestTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_key_ring_is_stored_encrypted_and_its_cookies_still_work()
    {
        using var client = await factory.SignedInClientAsync("reviewer110101");
        (await client.GetPageAsync("/Work")).ShouldContain("reviewer110101");

        var stored = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<DataProtectionKey>().Select(k => k.Xml).ToListAsync());
        stored.ShouldNotBeEmpty();
        foreach (var xml in stored)
        {
            xml.ShouldNotContain("<masterKey", Case.Sensitive, "the key's secret in clear");
            xml.ShouldContain("<encryptedSecret");
            xml.ShouldContain("aesGcmEncryptedKey");
        }
    }

    [Fact]
    public async Task The_authenticator_seed_is_stored_encrypted_and_signing_in_with_it_still_works()
    {
        // The first sign-in enrols the authenticator (two factors are mandatory for the city); the second passes its code.
        using (await factory.SignedInClientAsync("cityadmin"))
        {
        }

        var (seed, tokens) = await factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PlatformUser>>();
            var user = await users.FindByNameAsync("cityadmin");
            var rows = await sp.GetRequiredService<PlatformDbContext>().Set<IdentityUserToken<Guid>>().Where(t => t.UserId == user!.Id).ToListAsync();
            return (await users.GetAuthenticatorKeyAsync(user!), rows);
        });
        seed.ShouldNotBeNullOrEmpty();
        tokens.ShouldContain(t => t.Name == "AuthenticatorKey");
        foreach (var token in tokens)
        {
            token.Value.ShouldNotBeNull();
            token.Value.ShouldStartWith("v1:");
            token.Value.ShouldNotContain(seed);
        }

        using var again = await factory.SignedInClientAsync("cityadmin");
        (await again.GetPageAsync("/Work")).ShouldContain("cityadmin");
    }

    [Fact]
    public async Task A_seed_stored_in_clear_before_the_upgrade_is_encrypted_at_the_next_start()
    {
        using var database = TestDatabase.Create();
        Guid userId;
        await using (var before = new SameDatabase(database))
        {
            userId = await before.InScopeAsync(async sp =>
            {
                var user = await sp.GetRequiredService<UserManager<PlatformUser>>().FindByNameAsync("cityadmin");
                var db = sp.GetRequiredService<PlatformDbContext>();
                db.Add(new IdentityUserToken<Guid> { UserId = user!.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" });
                await db.SaveChangesAsync();
                return user.Id;
            });
        }

        await using var after = new SameDatabase(database);
        var (stored, read) = await after.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PlatformUser>>();
            var value = await sp.GetRequiredService<PlatformDbContext>().Set<IdentityUserToken<Guid>>().Where(t => t.UserId == userId).Select(t => t.Value).SingleAsync();
            return (value, await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(userId.ToString()))!));
        });
        stored!.ShouldStartWith("v1:");
        read.ShouldBe("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    }

    /// <summary>A host on a database another host used before (a restart).</summary>
    private sealed class SameDatabase(TestDatabase database) : PlatformFactory(database);
}

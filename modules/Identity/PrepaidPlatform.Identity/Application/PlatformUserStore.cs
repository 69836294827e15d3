using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Data;
using IPersonalDataProtector = PrepaidPlatform.Platform.Security.IPersonalDataProtector;

namespace PrepaidPlatform.Identity.Application;

/// <summary>
/// Identity's store with every user token encrypted at rest (issue 15): the authenticator (TOTP) seed and the recovery
/// codes are secrets that let anyone who reads <c>Identity_UserTokens</c> pass the second factor. They are kept with the
/// personal-data key (AES-256-GCM, <c>v1:</c> prefix), so a database copy alone reveals none of them.
/// </summary>
internal sealed class PlatformUserStore(PlatformDbContext context, IPersonalDataProtector protector, IdentityErrorDescriber describer)
    : UserStore<PlatformUser, PlatformRole, PlatformDbContext, Guid>(context, describer)
{
    internal const string ProtectedPrefix = "v1:";

    public override Task SetTokenAsync(PlatformUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(user, loginProvider, name, value is null ? null : protector.Protect(value), cancellationToken);

    public override async Task<string?> GetTokenAsync(PlatformUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var stored = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return Reveal(stored);
    }

    /// <summary>A value written before tokens were encrypted is read as it is; the seeder encrypts those at start.</summary>
    internal string? Reveal(string? stored) =>
        stored is not null && stored.StartsWith(ProtectedPrefix, StringComparison.Ordinal) ? protector.Unprotect(stored) : stored;
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Identity.Application;

/// <summary>Adds the district, the side, the display name and the masked administrator phone; permissions arrive as role claims through the base factory.</summary>
internal sealed class PlatformClaimsPrincipalFactory(UserManager<PlatformUser> users, RoleManager<PlatformRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PlatformUser, PlatformRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlatformUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TenantId is { } tenantId)
        {
            identity.AddClaim(new Claim(PlatformClaimTypes.TenantId, tenantId.ToString()));
        }

        identity.AddClaim(new Claim(PlatformClaimTypes.Side, user.Side.ToString()));
        identity.AddClaim(new Claim(PlatformClaimTypes.DisplayName, user.DisplayName));
        if (!string.IsNullOrEmpty(user.PhoneMasked))
        {
            identity.AddClaim(new Claim(PlatformClaimTypes.PhoneMasked, user.PhoneMasked));
        }

        return identity;
    }
}

/// <summary>Keeps the claims that describe the sign-in itself (two factors used, when it began) when Identity rebuilds the principal.</summary>
internal static class SignInClaims
{
    public const string AuthenticationMethod = "amr";
    public const string MultiFactor = "mfa";

    public static Task CarryOver(SecurityStampRefreshingPrincipalContext context)
    {
        var current = context.CurrentPrincipal;
        var next = context.NewPrincipal?.Identity as ClaimsIdentity;
        if (current is null || next is null)
        {
            return Task.CompletedTask;
        }

        foreach (var claim in current.FindAll(AuthenticationMethod))
        {
            if (!next.HasClaim(claim.Type, claim.Value))
            {
                next.AddClaim(new Claim(claim.Type, claim.Value));
            }
        }

        return Task.CompletedTask;
    }
}

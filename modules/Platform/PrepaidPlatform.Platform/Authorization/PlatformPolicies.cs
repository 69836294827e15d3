using Microsoft.AspNetCore.Authorization;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Platform.Authorization;

/// <summary>Policies by side, for pages every user of a side may open (their content is then scoped by tenant and permissions).</summary>
public static class PlatformPolicies
{
    public const string Staff = "Side.Staff";
    public const string Operator = "Side.Operator";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireClaim(PlatformClaimTypes.Side, nameof(PlatformSide.City), nameof(PlatformSide.District)));
        options.AddPolicy(Operator, p => p.RequireAuthenticatedUser().RequireClaim(PlatformClaimTypes.Side, nameof(PlatformSide.Operator)));
    }
}

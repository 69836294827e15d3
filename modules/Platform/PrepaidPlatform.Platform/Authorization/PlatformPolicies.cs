using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Platform.Authorization;

/// <summary>Policies by side, for pages every user of a side may open (their content is then scoped by tenant and permissions).</summary>
public static class PlatformPolicies
{
    public const string Staff = "Side.Staff";
    public const string Operator = "Side.Operator";

    /// <summary>/metrics: a signed-in city user, or a scraper sending <c>Authorization: Bearer</c> the <c>Metrics:Token</c>.</summary>
    public const string Metrics = "Metrics";

    public const string MetricsTokenSetting = "Metrics:Token";

    internal static void AddMetrics(AuthorizationOptions options, IConfiguration configuration) =>
        options.AddPolicy(Metrics, p => p.RequireAssertion(context =>
            context.User.HasClaim(PlatformClaimTypes.Side, nameof(PlatformSide.City))
            || (context.Resource is HttpContext http && HasMetricsToken(http, configuration[MetricsTokenSetting]))));

    private static bool HasMetricsToken(HttpContext http, string? token)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(token) || !header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()), Encoding.UTF8.GetBytes(token));
    }

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireClaim(PlatformClaimTypes.Side, nameof(PlatformSide.City), nameof(PlatformSide.District)));
        options.AddPolicy(Operator, p => p.RequireAuthenticatedUser().RequireClaim(PlatformClaimTypes.Side, nameof(PlatformSide.Operator)));
    }
}

using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PrepaidPlatform.Platform.Web;

/// <summary>
/// Rate limits on the anonymous endpoints that guess passwords, send SMS or create accounts (put on a page with
/// <c>[EnableRateLimiting(PlatformRateLimits.SignIn)]</c>). Only posts count, per client address and minute; a post
/// to a <c>SendCode</c> handler counts in the SMS bucket whatever the page. Limits are configuration
/// (<c>RateLimits:SignInPerMinute</c>, <c>VerificationCodePerMinute</c>, <c>RegistrationPerMinute</c>); an over-limit
/// post gets 429 and the Chinese error page. Lockout and the per-phone code limits still apply beneath these.
/// </summary>
public static class PlatformRateLimits
{
    public const string SignIn = "sign-in";
    public const string VerificationCode = "verification-code";
    public const string Registration = "registration";

    /// <summary>Policy, its configuration key under <c>RateLimits:</c>, posts per minute by default.</summary>
    private static readonly (string Policy, string Key, int Default)[] Policies =
    [
        (SignIn, "SignInPerMinute", 20),
        (VerificationCode, "VerificationCodePerMinute", 5),
        (Registration, "RegistrationPerMinute", 20),
    ];

    internal static void AddPlatformRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = Policies.ToDictionary(p => p.Policy, p => configuration.GetValue($"RateLimits:{p.Key}", p.Default));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            foreach (var (policy, _, _) in Policies)
            {
                o.AddPolicy(policy, context => Partition(context, policy, limits));
            }
        });
    }

    /// <summary>
    /// The handler Razor Pages will run: the route value, else the first <c>handler</c> query value (a repeated
    /// parameter must not move a SendCode post out of the SMS bucket; the whole value would read "SendCode,SendCode").
    /// </summary>
    internal static string? HandlerName(HttpContext context) =>
        context.Request.RouteValues.TryGetValue("handler", out var route) && route?.ToString() is { Length: > 0 } routed
            ? routed
            : context.Request.Query["handler"] is { Count: > 0 } values ? values[0] : null;

    private static RateLimitPartition<string> Partition(HttpContext context, string policy, IReadOnlyDictionary<string, int> limits)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var bucket = string.Equals(HandlerName(context), "SendCode", StringComparison.OrdinalIgnoreCase) ? VerificationCode : policy;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{bucket}:{client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits[bucket],
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}

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

    private static readonly Dictionary<string, int> Defaults = new()
    {
        [SignIn] = 20,
        [VerificationCode] = 5,
        [Registration] = 20,
    };

    internal static void AddPlatformRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = Defaults.ToDictionary(d => d.Key, d => configuration.GetValue($"RateLimits:{Key(d.Key)}PerMinute", d.Value));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            foreach (var name in Defaults.Keys)
            {
                o.AddPolicy(name, context => Partition(context, name, limits));
            }
        });
    }

    private static RateLimitPartition<string> Partition(HttpContext context, string policy, IReadOnlyDictionary<string, int> limits)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var bucket = string.Equals(context.Request.Query["handler"], "SendCode", StringComparison.OrdinalIgnoreCase) ? VerificationCode : policy;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{bucket}:{client}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits[bucket],
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    private static string Key(string name) => name switch
    {
        SignIn => "SignIn",
        VerificationCode => "VerificationCode",
        _ => "Registration",
    };
}

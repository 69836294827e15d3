using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Identity.Application;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Settings;

namespace PrepaidPlatform.Identity.Web;

/// <summary>
/// Staff who must use two factors (city administrators always; district staff when the city's setting says so)
/// and signed in with a password alone may only enrol an authenticator or sign out.
/// </summary>
internal sealed class MfaEnforcementMiddleware(RequestDelegate next)
{
    internal const string EnrollPath = "/Account/EnableAuthenticator";

    public async Task InvokeAsync(HttpContext context, IMemoryCache cache)
    {
        var user = context.User;
        // The settings (and with them the request's DbContext) are resolved only for a signed-in user: an anonymous page
        // such as the public filing code paid for building a context it never used (issue 14).
        if (user.Identity?.IsAuthenticated == true && !user.HasClaim(SignInClaims.AuthenticationMethod, SignInClaims.MultiFactor) &&
            !IsAllowedWithoutSecondFactor(context.Request.Path) &&
            await RequiresSecondFactorAsync(user, context.RequestServices.GetRequiredService<ISettingProvider>(), cache))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            context.Response.Redirect(EnrollPath);
            return;
        }

        await next(context);
    }

    internal static async Task<bool> RequiresSecondFactorAsync(System.Security.Claims.ClaimsPrincipal user, ISettingProvider settings, IMemoryCache cache)
    {
        var side = user.FindFirst(PlatformClaimTypes.Side)?.Value;
        if (side == nameof(PlatformSide.City))
        {
            return true;
        }

        if (side != nameof(PlatformSide.District))
        {
            return false;
        }

        return await cache.GetOrCreateAsync("mfa:district", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return await settings.GetBoolAsync(PlatformSettings.DistrictTwoFactorRequired);
        });
    }

    private static bool IsAllowedWithoutSecondFactor(PathString path) =>
        path.StartsWithSegments(EnrollPath) || path.StartsWithSegments("/Account/Logout") || path.StartsWithSegments("/Culture") ||
        path.StartsWithSegments("/lib") || path.StartsWithSegments("/css") || path.StartsWithSegments("/js") ||
        path.StartsWithSegments("/health") || path.StartsWithSegments("/Error");
}

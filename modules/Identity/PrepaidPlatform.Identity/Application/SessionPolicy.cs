using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Identity.Application;

/// <summary>Sessions end after 30 idle minutes (sliding cookie) and in any case 12 hours after sign-in.</summary>
internal static class SessionPolicy
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteLimit = TimeSpan.FromHours(12);

    public static Task OnSigningIn(CookieSigningInContext context)
    {
        // Refreshing the sign-in (password change, role change) keeps the properties and so the original time.
        if (!context.Properties.Items.ContainsKey(PlatformClaimTypes.AuthTime))
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<IClock>().UtcNow;
            context.Properties.Items[PlatformClaimTypes.AuthTime] = now.UtcTicks.ToString(CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<IClock>().UtcNow;
        if (!context.Properties.Items.TryGetValue(PlatformClaimTypes.AuthTime, out var ticks) ||
            !long.TryParse(ticks, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ||
            now - new DateTimeOffset(value, TimeSpan.Zero) > AbsoluteLimit)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        // The principal is not on HttpContext.User yet, so the district must be set explicitly for the user lookup.
        var tenantClaim = context.Principal?.FindFirst(PlatformClaimTypes.TenantId)?.Value;
        var tenant = context.HttpContext.RequestServices.GetRequiredService<ICurrentTenant>();
        using (tenant.Change(Guid.TryParse(tenantClaim, out var tenantId) ? tenantId : null))
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        }
    }
}

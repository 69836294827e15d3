using Microsoft.AspNetCore.Localization;

namespace PrepaidPlatform.Host.Infrastructure;

internal static class CultureEndpoints
{
    /// <summary><c>/Culture/Set?culture=en&amp;returnUrl=/Work</c>: remembers the choice in a cookie (Chinese is the default).</summary>
    public static void MapCultureSwitch(this WebApplication app) =>
        app.MapGet("/Culture/Set", (HttpContext context, string culture, string? returnUrl) =>
        {
            var chosen = culture == "en" ? "en" : "zh-CN";
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
            return Results.LocalRedirect(target);
        });
}

using System.Security.Claims;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Notifications.Areas.Notifications.Pages.Shared;

/// <summary>The inbox serves every side: operators read it in their layout, staff in the work layout.</summary>
internal static class InboxLayout
{
    public static string For(ClaimsPrincipal user) =>
        user.FindFirst(PlatformClaimTypes.Side)?.Value == nameof(PlatformSide.Operator) ? "_OperatorLayout" : "_WorkLayout";
}

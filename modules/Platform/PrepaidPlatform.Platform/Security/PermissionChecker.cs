using Microsoft.AspNetCore.Http;
using PrepaidPlatform.Platform.Authorization;

namespace PrepaidPlatform.Platform.Security;

/// <summary>Permissions travel as role claims in the sign-in cookie; a user holds a permission when a claim names it.</summary>
internal sealed class PermissionChecker(IHttpContextAccessor httpContextAccessor) : IPermissionChecker
{
    public bool IsGranted(string permissionName) =>
        httpContextAccessor.HttpContext?.User.HasClaim(PlatformClaimTypes.Permission, permissionName) == true;
}

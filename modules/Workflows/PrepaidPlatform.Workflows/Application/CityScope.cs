using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Workflows.Application;

/// <summary>Pages both sides open: the city reads across districts, a district stays inside its own (the tenant filter).</summary>
internal static class CityScope
{
    public static IDisposable? EnterIfCity(this ICrossTenantAccess crossTenant, IPermissionChecker permissions) =>
        permissions.IsGranted(PlatformPermissions.CrossTenant) ? crossTenant.EnterCityScope() : null;
}

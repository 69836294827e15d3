using PrepaidPlatform.Platform.Authorization;

namespace PrepaidPlatform.Platform.MultiTenancy;

internal sealed class CrossTenantAccess(IDataFilter dataFilter, IPermissionChecker permissions) : ICrossTenantAccess
{
    public IDisposable EnterCityScope()
    {
        if (!permissions.IsGranted(PlatformPermissions.CrossTenant))
        {
            throw new UnauthorizedAccessException("只有市商务委用户可以跨区查询或操作数据。");
        }

        return dataFilter.Disable<IMultiTenant>();
    }
}

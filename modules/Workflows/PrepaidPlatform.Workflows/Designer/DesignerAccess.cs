using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Workflows.Domain;

namespace PrepaidPlatform.Workflows.Designer;

/// <summary>
/// Whose definitions the signed-in user designs: the city administrator the city's defaults, a district administrator
/// only the own district's overrides. The scope comes from the user's side, permission and district claim, never from
/// the request, so a forged id or district in a request cannot reach another district's override.
/// </summary>
internal sealed class DesignerAccess(ICurrentUser user, IPermissionChecker permissions, ICurrentTenant tenant)
{
    /// <summary><see cref="WorkflowDefinition.City"/>, the user's district, or <c>null</c> when the user designs nothing.</summary>
    public Guid? Scope => user.Side switch
    {
        PlatformSide.City when permissions.IsGranted(WorkflowPermissions.DefinitionsManage) => WorkflowDefinition.City,
        PlatformSide.District when permissions.IsGranted(WorkflowPermissions.OverridesManage) && tenant.Id is { } district => district,
        _ => null,
    };
}

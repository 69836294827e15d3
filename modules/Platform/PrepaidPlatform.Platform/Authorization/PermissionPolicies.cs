using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Platform.Authorization;

/// <summary>
/// Every defined permission is also an authorization policy of the same name, so pages and APIs say
/// <c>[Authorize(Policy = FilingPermissions.Review)]</c>. A name that no module defined fails loudly.
/// </summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionDefinitionManager permissions)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        var policy = await base.GetPolicyAsync(policyName);
        if (policy is not null)
        {
            return policy;
        }

        if (!permissions.Exists(policyName))
        {
            throw new InvalidOperationException($"未定义的权限：{policyName}");
        }

        return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(PlatformClaimTypes.Permission, policyName).Build();
    }
}

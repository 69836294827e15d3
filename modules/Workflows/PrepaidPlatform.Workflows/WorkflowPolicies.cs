using Microsoft.AspNetCore.Authorization;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Workflows;

/// <summary>Policies of pages that serve the city and the districts alike; what each sees is then scoped by tenant.</summary>
internal static class WorkflowPolicies
{
    /// <summary>流程实例 and 流程记录: the city reads every lifecycle's instances, a district reviewer those of the district.</summary>
    public const string Instances = "Workflows.Instances";

    public static void Add(AuthorizationOptions options) =>
        options.AddPolicy(Instances, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.HasClaim(PlatformClaimTypes.Permission, WorkflowPermissions.DefinitionsRead) ||
            c.User.HasClaim(PlatformClaimTypes.Permission, WorkflowPermissions.Review)));
}

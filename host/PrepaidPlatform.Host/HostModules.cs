using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Portal;
using PrepaidPlatform.Reporting;
using PrepaidPlatform.Supervision;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Host;

/// <summary>The explicit module list of this host (nothing is discovered by scanning). Order does not matter: dependencies decide it.</summary>
public static class HostModules
{
    public static readonly IReadOnlyList<Type> Types =
    [
        typeof(PlatformKernelModule),
        typeof(IdentityModule),
        typeof(CustodyModule),
        typeof(FilingModule),
        typeof(NotificationsModule),
        typeof(WorkflowsModule),
        typeof(ReportingModule),
        typeof(CreditRiskModule),
        typeof(PortalModule),
        typeof(SupervisionModule),
        typeof(HostModule),
    ];
}

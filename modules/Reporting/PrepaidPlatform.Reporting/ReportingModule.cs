using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.Navigation;
using PrepaidPlatform.Reporting.Application;
using PrepaidPlatform.Reporting.Data;

namespace PrepaidPlatform.Reporting;

/// <summary>
/// 数据填报 (SPEC R1–R3): the operator's quarterly periods, the report form under the manual's rules and the automatic
/// return of a report whose custody at quarter end is below the required share. Custody is reached through its contracts.
/// </summary>
[DependsOn(typeof(PlatformKernelModule))]
[DependsOn(CustodyContracts.ModuleName, FilingContracts.ModuleName)]
public sealed class ReportingModule : PlatformModule
{
    public override string Name => ReportingContracts.ModuleName;

    public override IReadOnlyList<string> TablePrefixes => [ReportingModelConfiguration.Prefix];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddScoped<ReportingSchedule>();
        context.Services.AddScoped<QuarterlyReporting>();
        context.Services.AddReportingFeed();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureReporting();

    public override void DefinePermissions(IPermissionDefinitionContext context)
    {
        context.Add(ReportingPermissions.ReportsFile, "填报本企业季度数据", ReportingPermissions.GroupName, PlatformSide.Operator);
        ReportingFeedRegistration.DefineFeedPermissions(context);
    }

    public override void ConfigureMenu(IMenuContext context) => ReportingFeedRegistration.ConfigureFeedMenu(context);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.Navigation;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Reporting;
using PrepaidPlatform.Supervision.Application;
using PrepaidPlatform.Supervision.Application.Warnings;
using PrepaidPlatform.Supervision.Data;
using PrepaidPlatform.Supervision.Jobs;

namespace PrepaidPlatform.Supervision;

/// <summary>
/// 监管看板 (issue 18 · 2): the city's and each district's dashboards by 行业, 区域, 发卡系统, 资金存管方式 and 发卡时间周期 with
/// the quarters' trends, the operators behind every figure, and the city's quarterly meeting view. Reads the other modules
/// only through their contracts, into snapshot tables refreshed nightly and by the city's 重新统计. 闭店风险预警 (issue 18 · 3):
/// the operators whose closure signals line up, scored weekly with the reasons, listed per district, and a message to the
/// district when one crosses the threshold.
/// </summary>
[DependsOn(typeof(PlatformKernelModule))]
[DependsOn(FilingContracts.ModuleName, CustodyContracts.ModuleName, ReportingContracts.ModuleName, CreditRiskContracts.ModuleName)]
[DependsOn(IdentityContracts.ModuleName, NotificationsContracts.ModuleName)]
public sealed class SupervisionModule : PlatformModule
{
    public override string Name => SupervisionContracts.ModuleName;

    public override IReadOnlyList<string> TablePrefixes => [SupervisionModelConfiguration.Prefix];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddScoped<SnapshotRefresh>();
        context.Services.AddScoped<SupervisionDashboard>();
        context.Services.AddTransient<SnapshotNightlyJob>();
        context.Services.AddHostedService<SnapshotNightlyStarter>();
        context.Services.AddScoped<ClosureSignalSources>();
        context.Services.AddScoped<ClosureWarningComputation>();
        context.Services.AddScoped<ClosureWarningList>();
        context.Services.AddTransient<ClosureWarningWeeklyJob>();
        context.Services.AddHostedService<ClosureWarningWeeklyStarter>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureSupervision();

    public override void DefinePermissions(IPermissionDefinitionContext context)
    {
        context.Add(SupervisionPermissions.DashboardRead, "查看本区监管看板", SupervisionPermissions.GroupName, PlatformSide.District);
        context.Add(SupervisionPermissions.DashboardReadAll, "查看全市监管看板与季度会商", SupervisionPermissions.GroupName, PlatformSide.City);
        context.Add(SupervisionPermissions.SnapshotsRefresh, "重新统计监管看板", SupervisionPermissions.GroupName, PlatformSide.City);
    }

    public override void DefineSettings(ISettingDefinitionContext context) => ClosureWarningSettings.Define(context);

    public override void ConfigureMenu(IMenuContext context)
    {
        context.Add(new MenuItem("work.supervision.dashboard", "监管看板", "/Supervision", PlatformSide.District, 5, SupervisionPermissions.DashboardRead));
        context.Add(new MenuItem("city.supervision.dashboard", "监管看板", "/Supervision", PlatformSide.City, 5, SupervisionPermissions.DashboardReadAll));
        context.Add(new MenuItem("city.supervision.meeting", "季度会商", "/Supervision/Meeting", PlatformSide.City, 6, SupervisionPermissions.DashboardReadAll));
        context.Add(new MenuItem("work.supervision.warnings", "闭店风险预警", "/Supervision/Warnings", PlatformSide.District, 6, SupervisionPermissions.DashboardRead));
        context.Add(new MenuItem("city.supervision.warnings", "闭店风险预警", "/Supervision/Warnings", PlatformSide.City, 7, SupervisionPermissions.DashboardReadAll));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Data;
using PrepaidPlatform.Custody.Seed;
using PrepaidPlatform.Custody.Jobs;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.Navigation;

namespace PrepaidPlatform.Custody;

/// <summary>
/// 存管 (SPEC C): so far the 专用存管账户 section of the filing form, which Filing reaches through
/// <see cref="ICustodyAccounts"/>; account statements, the required ratio and alerts (C1–C4) build on it.
/// </summary>
[DependsOn(typeof(PlatformKernelModule))]
[DependsOn(IdentityContracts.ModuleName, NotificationsContracts.ModuleName)]
public sealed class CustodyModule : PlatformModule
{
    public override string Name => CustodyContracts.ModuleName;

    public override IReadOnlyList<string> TablePrefixes => [CustodyModelConfiguration.Prefix];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddScoped<ICustodyAccounts, CustodyAccounts>();
        context.Services.AddScoped<CustodyBindings>();
        context.Services.AddScoped<StatementIngestion>();
        context.Services.AddScoped<StatementImport>();
        context.Services.AddScoped<CustodyInstitutions>();
        context.Services.AddScoped<CustodyAccountPage>();
        context.Services.AddScoped<CustodyEvaluation>();
        context.Services.AddScoped<CustodyComplaints>();
        context.Services.AddScoped<CustodyRequirements>();
        context.Services.AddScoped<CustodyCompliance>();
        context.Services.AddScoped<ICustodyBalanceFeed, CustodyBalanceFeed>();
        context.Services.AddScoped<ICustodyReportingFacts, CustodyReportingFacts>();
        context.Services.AddScoped<ISeriousDishonestFlags, SeriousDishonestFlags>();
        context.Services.AddScoped<ISupervisedOperators, SupervisedOperatorDirectory>();
        context.Services.AddScoped<IPublicCustodyCompliance, PublicCustodyCompliance>();
        context.Services.AddScoped<ICustodyOverview, CustodyOverview>();
        context.Services.AddScoped<ICustodyHistory, CustodyHistory>();
        context.Services.AddScoped<CustodyPolicyIntake>();
        context.Services.AddScoped<CustodyMonitoring>();
        context.Services.AddTransient<CustodyDailyCheckJob>();
        context.Services.AddHostedService<CustodyDailyCheckStarter>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureCustody();

    public override void DefinePermissions(IPermissionDefinitionContext context)
    {
        context.Add(CustodyPermissions.AccountRead, "查看本企业专用存管账户", CustodyPermissions.GroupName, PlatformSide.Operator);
        context.Add(CustodyPermissions.MonitoringRead, "存管监测", CustodyPermissions.GroupName, PlatformSide.District);
        context.Add(CustodyPermissions.InstitutionsManage, "管理存管银行与保险机构", CustodyPermissions.GroupName, PlatformSide.City);
        context.Add(CustodyPermissions.StatementsImport, "导入存管账单", CustodyPermissions.GroupName, PlatformSide.City);
        context.Add(CustodyPermissions.MonitoringReadAll, "各区存管监测", CustodyPermissions.GroupName, PlatformSide.City);
        context.Add(CustodyPermissions.SeriousDishonestManage, "设置严重失信主体", CustodyPermissions.GroupName, PlatformSide.City);
    }

    public override void ConfigureMenu(IMenuContext context)
    {
        // The operator's 存管账户 item is the host's (it sits under 备案管理 with the manual's other items).
        context.Add(new MenuItem("work.custody.monitoring", "存管监测", "/Custody/Monitoring", PlatformSide.District, 20, CustodyPermissions.MonitoringRead));
        context.Add(new MenuItem("city.custody.monitoring", "存管监测", "/Custody/Monitoring", PlatformSide.City, 40, CustodyPermissions.MonitoringReadAll));
        context.Add(new MenuItem("city.custody.banks", "存管银行", "/Custody/Institutions/banks", PlatformSide.City, 60, CustodyPermissions.InstitutionsManage));
        context.Add(new MenuItem("city.custody.insurers", "保险机构", "/Custody/Institutions/insurers", PlatformSide.City, 61, CustodyPermissions.InstitutionsManage));
        context.Add(new MenuItem("city.custody.import", "存管账单导入", "/Custody/Statements/Import", PlatformSide.City, 63, CustodyPermissions.StatementsImport));
        context.Add(new MenuItem("city.custody.dishonest", "严重失信主体", "/Custody/Dishonest", PlatformSide.City, 64, CustodyPermissions.SeriousDishonestManage));
        context.Add(new MenuItem("city.custody.evaluation", "机构年度评价", "/Custody/Evaluation", PlatformSide.City, 62, CustodyPermissions.InstitutionsManage));
    }

    public override Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) => CustodyDemoSeeder.SeedAsync(services, cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Data;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.CreditRisk.Jobs;
using PrepaidPlatform.CreditRisk.Workflow;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.Navigation;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Platform.Risk;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.CreditRisk;

/// <summary>
/// 信用风险 (issue 17): the four classes of public information per operator (API, import, manual entry), the explainable
/// 绿/黄/红/黑码 from the city's rules with history, the 严重失信主体 listing handed to Custody, and the public profile the
/// filing code shows. Custody is reached through its contracts; Reporting's facts (overdue and returned reports, T+1) through the
/// kernel's <see cref="IReportingRiskFacts"/> (a [DependsOn] on Reporting would close the cycle Filing → CreditRisk → Reporting → Filing).
/// </summary>
[DependsOn(typeof(PlatformKernelModule))]
[DependsOn(CustodyContracts.ModuleName, WorkflowsContracts.ModuleName, IdentityContracts.ModuleName)]
public sealed class CreditRiskModule : PlatformModule
{
    public override string Name => CreditRiskContracts.ModuleName;

    public override IReadOnlyList<string> TablePrefixes => [CreditRiskModelConfiguration.Prefix];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddStoredFileReference<CreditRecord>(nameof(CreditRecord.AttachmentKey));
        context.Services.AddStoredFileReference<Referral>(nameof(Referral.AttachmentKey));
        context.Services.AddScoped<RiskRules>();
        context.Services.AddScoped<RiskCodes>();
        context.Services.AddScoped<CreditRecordIntake>();
        context.Services.AddScoped<CreditRecordImport>();
        context.Services.AddScoped<CreditArchive>();
        context.Services.AddScoped<ICreditRiskProfile, CreditRiskProfile>();
        context.Services.AddScoped<ICreditPublicity, CreditPublicity>();
        context.Services.AddScoped<ICreditRiskOverview, CreditRiskOverview>();
        context.Services.AddScoped<ICreditRecordFacts, CreditRecordFacts>();
        context.Services.AddScoped<IIntegrationEventHandler<CustodyComplianceChanged>, CustodyComplianceHandler>();
        context.Services.AddScoped<IIntegrationEventHandler<ReportingFactsChanged>, ReportingFactsHandler>();
        context.Services.AddScoped<Legality>();
        context.Services.AddScoped<ViolationStatusSync>();
        context.Services.AddScoped<IIntegrationEventHandler<WorkflowSubjectStatusRequested>>(sp => sp.GetRequiredService<ViolationStatusSync>());
        context.Services.AddScoped<IWorkflowSubjectStatusWriter>(sp => sp.GetRequiredService<ViolationStatusSync>());
        context.Services.AddScoped<IIntegrationEventHandler<LegalityLightChanged>, LegalityLightHandler>();
        context.Services.AddScoped<IWorkflowAction, RectificationDeadlineAction>();
        context.Services.AddScoped<IWorkflowGuard, DeadlinePassedGuard>();
        context.Services.AddSingleton<IWorkflowSubjectLink>(new WorkflowSubjectLink(Violation.SubjectType, id => $"/CreditRisk/Legality#v-{id}"));
        context.Services.AddScoped<KeyListService>();
        context.Services.AddScoped<Inspections>();
        context.Services.AddScoped<EnforcementDepartments>();
        context.Services.AddScoped<Referrals>();
        context.Services.AddScoped<IPublishedInspections, PublishedInspections>();
        context.Services.AddTransient<RiskCodeNightlyJob>();
        context.Services.AddHostedService<RiskCodeNightlyStarter>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureCreditRisk();

    public override void DefinePermissions(IPermissionDefinitionContext context)
    {
        context.Add(CreditRiskPermissions.RecordsRead, "查看本区信用档案", CreditRiskPermissions.GroupName, PlatformSide.District);
        context.Add(CreditRiskPermissions.RecordsManage, "录入信用信息", CreditRiskPermissions.GroupName, PlatformSide.District);
        context.Add(CreditRiskPermissions.RecordsImport, "导入信用信息与管理数据中心密钥", CreditRiskPermissions.GroupName, PlatformSide.City);
        context.Add(CreditRiskPermissions.RulesManage, "设置风险码规则", CreditRiskPermissions.GroupName, PlatformSide.City);
        context.Add(CreditRiskPermissions.LegalityManage, "责令整改与合法性灯", CreditRiskPermissions.GroupName, PlatformSide.District);
        context.Add(CreditRiskPermissions.InspectionsManage, "双随机、一公开抽查", CreditRiskPermissions.GroupName, PlatformSide.District);
        context.Add(CreditRiskPermissions.ReferralsManage, "线索移交", CreditRiskPermissions.GroupName, PlatformSide.District);
        context.Add(CreditRiskPermissions.ReferralsReadAll, "查看各区线索移交", CreditRiskPermissions.GroupName, PlatformSide.City);
        context.Add(CreditRiskPermissions.DepartmentsManage, "管理执法部门", CreditRiskPermissions.GroupName, PlatformSide.City);
    }

    public override void ConfigureMenu(IMenuContext context)
    {
        context.Add(new MenuItem("work.creditrisk.archive", "信用档案", "/CreditRisk/Archive", PlatformSide.District, 30, CreditRiskPermissions.RecordsRead));
        context.Add(new MenuItem("work.creditrisk.legality", "合法性灯", "/CreditRisk/Legality", PlatformSide.District, 31, CreditRiskPermissions.LegalityManage));
        context.Add(new MenuItem("work.creditrisk.keylist", "重点抽查目录", "/CreditRisk/KeyList", PlatformSide.District, 32, CreditRiskPermissions.LegalityManage));
        context.Add(new MenuItem("work.creditrisk.inspections", "双随机、一公开", "/CreditRisk/Inspections", PlatformSide.District, 33, CreditRiskPermissions.InspectionsManage));
        context.Add(new MenuItem("work.creditrisk.referrals", "线索移交", "/CreditRisk/Referrals", PlatformSide.District, 34, CreditRiskPermissions.ReferralsManage));
        context.Add(new MenuItem("city.creditrisk.referrals", "线索移交", "/CreditRisk/Referrals", PlatformSide.City, 73, CreditRiskPermissions.ReferralsReadAll));
        context.Add(new MenuItem("city.creditrisk.departments", "执法部门", "/CreditRisk/Departments", PlatformSide.City, 74, CreditRiskPermissions.DepartmentsManage));
        context.Add(new MenuItem("city.creditrisk.import", "信用信息导入", "/CreditRisk/Import", PlatformSide.City, 70, CreditRiskPermissions.RecordsImport));
        context.Add(new MenuItem("city.creditrisk.datacentre", "数据中心接口", "/CreditRisk/DataCentre", PlatformSide.City, 71, CreditRiskPermissions.RecordsImport));
        context.Add(new MenuItem("city.creditrisk.rules", "风险码规则", "/CreditRisk/Rules", PlatformSide.City, 72, CreditRiskPermissions.RulesManage));
    }

    public override Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<RiskRules>().SeedDefaultsAsync(cancellationToken);
}

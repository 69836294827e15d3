using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Risk;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.Navigation;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Reporting.Application;
using PrepaidPlatform.Reporting.Application.Dishonest;
using PrepaidPlatform.Reporting.Data;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Reporting.Jobs;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting;

/// <summary>
/// 数据填报 (SPEC R1–R5): the operator's quarterly periods, the report form under the manual's rules, the automatic
/// return of a report whose custody at quarter end is below the required share, the district's verification on the
/// <c>reporting.quarterly</c> workflow and the reminders. Other modules are reached through their contracts.
/// </summary>
[DependsOn(typeof(PlatformKernelModule))]
[DependsOn(CustodyContracts.ModuleName, FilingContracts.ModuleName, WorkflowsContracts.ModuleName, NotificationsContracts.ModuleName, IdentityContracts.ModuleName)]
public sealed class ReportingModule : PlatformModule
{
    public override string Name => ReportingContracts.ModuleName;

    public override IReadOnlyList<string> TablePrefixes => [ReportingModelConfiguration.Prefix];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddStoredFileReference<Domain.Dishonest.DishonestFiling>(nameof(Domain.Dishonest.DishonestFiling.FileKey));
        context.Services.AddScoped<ReportingSchedule>();
        context.Services.AddScoped<QuarterlyReporting>();
        context.Services.AddReportingFeed();
        context.Services.AddScoped<ReportVerification>();
        context.Services.AddScoped<IReportingRiskFacts, ReportingRiskFacts>();
        context.Services.AddScoped<IQuarterlyFlows, QuarterlyFlows>();
        context.Services.AddScoped<ReportStatusSync>();
        context.Services.AddScoped<IIntegrationEventHandler<WorkflowSubjectStatusRequested>>(sp => sp.GetRequiredService<ReportStatusSync>());
        context.Services.AddScoped<IWorkflowSubjectStatusWriter>(sp => sp.GetRequiredService<ReportStatusSync>());
        context.Services.AddScoped<IIntegrationEventHandler<WorkflowNotificationRequested>, ReportingNotifications>();
        context.Services.AddSingleton<IWorkflowSubjectLink>(new WorkflowSubjectLink(QuarterlyReport.SubjectType, id => $"/Reporting/Verification/{id}"));
        context.Services.AddScoped<ReportReminders>();
        context.Services.AddTransient<ReportReminderJob>();
        context.Services.AddHostedService<ReportReminderStarter>();
        context.Services.AddReportingDishonest();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigureReporting();
        modelBuilder.ConfigureReportingVerification();
        modelBuilder.ConfigureReportingDishonest();
    }

    public override void DefineSettings(ISettingDefinitionContext context) => DishonestSchedule.Define(context);

    public override void DefinePermissions(IPermissionDefinitionContext context)
    {
        context.Add(ReportingPermissions.ReportsFile, "填报本企业季度数据", ReportingPermissions.GroupName, PlatformSide.Operator);
        context.Add(ReportingPermissions.ReportsVerify, "核对本区季度数据", ReportingPermissions.GroupName, PlatformSide.District);
        ReportingFeedRegistration.DefineFeedPermissions(context);
    }

    public override void ConfigureMenu(IMenuContext context)
    {
        context.Add(new MenuItem("work.reporting.verification", "数据核对", "/Reporting/Verification", PlatformSide.District, 20, ReportingPermissions.ReportsVerify));
        ReportingFeedRegistration.ConfigureFeedMenu(context);
        context.Add(new MenuItem("work.reporting.dishonest", "失信主体报送核对", "/Reporting/Verification/Dishonest", PlatformSide.District, 21, ReportingPermissions.ReportsVerify));
    }
}

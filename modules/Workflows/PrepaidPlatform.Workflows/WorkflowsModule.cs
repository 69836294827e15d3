using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.Navigation;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Application;
using PrepaidPlatform.Workflows.Data;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Designer;
using PrepaidPlatform.Workflows.Runtime;
using PrepaidPlatform.Workflows.Steps;
using PrepaidPlatform.Workflows.Timers;

namespace PrepaidPlatform.Workflows;

/// <summary>The workflow engine (W1, W2): versioned lifecycles as JSON, run on Stateless, with guards, actions and timers in code.</summary>
[DependsOn(typeof(PlatformKernelModule))]
public sealed class WorkflowsModule : PlatformModule
{
    public override string Name => WorkflowsContracts.ModuleName;

    public override IReadOnlyList<string> TablePrefixes => [WorkflowsModelConfiguration.Prefix];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddOptions<WorkflowTimerOptions>().Bind(context.Configuration.GetSection(WorkflowTimerOptions.Section));
        services.AddSingleton<DefinitionCache>();
        services.AddScoped<WorkflowStepCatalog>();
        services.AddScoped<WorkflowDefinitionValidator>();
        services.AddScoped<WorkflowDefinitionService>();
        services.AddScoped<WorkflowQueries>();
        services.AddScoped<InstanceQueries>();
        services.AddScoped<WorkInbox>();
        services.AddScoped<IWorkInbox>(sp => sp.GetRequiredService<WorkInbox>());
        services.AddSingleton<SubjectLinks>();
        services.AddScoped<InstanceMigration>();
        services.Configure<AuthorizationOptions>(WorkflowPolicies.Add);
        services.AddScoped<DesignerAccess>();
        services.AddScoped<DesignerQueries>();
        services.AddScoped<DryRun>();
        services.AddScoped<WorkflowChoiceCatalog>();
        services.AddScoped<TimerPlanner>();
        services.AddScoped<WorkflowStepper>();
        services.AddScoped<WorkflowRuntime>();
        services.AddScoped<IWorkflowRuntime>(sp => sp.GetRequiredService<WorkflowRuntime>());
        services.AddScoped<IWorkflowStepRunner, WorkflowStepRunner>();

        // The engine's own guards and actions; other modules register theirs the same way.
        services.AddScoped<IWorkflowGuard, InputRequiredGuard>();
        services.AddScoped<IWorkflowAction, NotifyAction>();
        services.AddScoped<IWorkflowAction, SubjectSetStatusAction>();
        services.AddScoped<IWorkflowAction, WorkingDaysTimerAction>();

        services.AddSingleton<WorkflowTimerSweeper>();
        services.AddTransient<WorkflowTimerSweepJob>();
        services.AddHostedService<WorkflowTimerSweepStarter>();
        services.AddScoped<IIntegrationEventHandler<WorkingDayCalendarChanged>, CalendarChangeRescheduler>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureWorkflows();

    public override void DefinePermissions(IPermissionDefinitionContext context)
    {
        context.Add(WorkflowPermissions.DefinitionsRead, "查看业务流程与流程记录", WorkflowPermissions.GroupName, PlatformSide.City);
        context.Add(WorkflowPermissions.DefinitionsManage, "设计与发布业务流程", WorkflowPermissions.GroupName, PlatformSide.City);
        context.Add(WorkflowPermissions.OverridesManage, "设计与发布本区流程", WorkflowPermissions.GroupName, PlatformSide.District);
        context.Add(WorkflowPermissions.Review, "审核办理事项", WorkflowPermissions.GroupName, PlatformSide.District);
        context.Add(WorkflowPermissions.Submit, "提交办理事项", WorkflowPermissions.GroupName, PlatformSide.Operator);
    }

    public override void ConfigureMenu(IMenuContext context)
    {
        // 待办 for every staff member: the page lists only what the user's permissions let them act on.
        context.Add(new MenuItem("city.work", "待办事项", "/Workflows/Inbox", PlatformSide.City, 10));
        context.Add(new MenuItem("district.work", "待办事项", "/Workflows/Inbox", PlatformSide.District, 10));
        context.Add(new MenuItem("city.workflows", "业务流程", "/Workflows/Definitions", PlatformSide.City, 200, WorkflowPermissions.DefinitionsRead));
        context.Add(new MenuItem("city.instances", "流程实例", "/Workflows/Instances", PlatformSide.City, 210, WorkflowPermissions.DefinitionsRead));
        context.Add(new MenuItem("district.instances", "流程实例", "/Workflows/Instances", PlatformSide.District, 210, WorkflowPermissions.Review));
        context.Add(new MenuItem("work.workflows", "本区流程", "/Workflows/Designer", PlatformSide.District, 200, WorkflowPermissions.OverridesManage));
    }

    public override Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) => DefaultDefinitionSeeder.SeedAsync(services, cancellationToken);
}

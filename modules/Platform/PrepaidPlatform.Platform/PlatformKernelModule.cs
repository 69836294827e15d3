using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Jobs;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Navigation;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Platform;

/// <summary>The kernel: tenancy, persistence, audit, settings, calendar, outbox, jobs, file storage. Every other module depends on it.</summary>
public sealed class PlatformKernelModule : PlatformModule
{
    public override IReadOnlyList<string> TablePrefixes => [PlatformDbProperties.PlatformPrefix, PlatformDbProperties.AuditPrefix];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        // The one TimeProvider, read only through IClock (PlatformClock); tests replace it with a FakeTimeProvider.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddSingleton<IDataFilter, DataFilter>();
        services.AddSingleton<ICurrentUser, CurrentUser>();
        services.AddSingleton<IPermissionChecker, PermissionChecker>();
        services.AddScoped<ICrossTenantAccess, CrossTenantAccess>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddPlatformOutbox(context.Configuration);
        services.AddPlatformJobs(context.Configuration);
        services.AddPlatformRateLimits(context.Configuration);
        services.AddPlatformProxySettings(context.Configuration, context.Environment);
        services.AddSingleton<IClock, PlatformClock>();
        services.AddSingleton(sp => new PlatformDbContextDependencies(
            sp.GetRequiredService<ModuleCatalog>(), sp.GetRequiredService<ICurrentTenant>(), sp.GetRequiredService<IDataFilter>(),
            sp.GetRequiredService<ICurrentUser>(), sp.GetRequiredService<IOutboxSignal>(), sp.GetRequiredService<IClock>()));
        services.AddScoped<IIntegrationEventPublisher, IntegrationEventPublisher>();
        services.AddScoped<ITenantDirectory, TenantDirectory>();
        services.AddScoped<Auditing.AuditQuery>();
        services.AddScoped<Auditing.AuditChainVerifier>();
        services.AddTransient<Auditing.AuditRetentionJob>();
        services.AddHostedService<Auditing.AuditRetentionStarter>();
        services.AddScoped<Caching.PublicViewStore>();
        services.AddSingleton<Caching.PublicViewBuild>();
        services.AddTransient<Caching.PublicViewBuildJob>();
        services.AddHostedService<Caching.PublicViewBuildStarter>();
        services.AddScoped<DistrictProfileService>();
        services.AddScoped<IWorkingDayCalendar, WorkingDayCalendar>();
        services.AddScoped<CalendarService>();
        services.AddScoped<SettingProvider>();
        services.AddScoped<ISettingProvider>(sp => sp.GetRequiredService<SettingProvider>());
        services.AddScoped<SettingManager>();
        services.AddScoped<IRuleProfile, RuleProfile>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddAuthorization(PlatformPolicies.Add);
        services.AddAuthorization(o => PlatformPolicies.AddMetrics(o, context.Configuration));
        services.Configure<MvcOptions>(ChineseModelBindingMessages.Apply);
        services.PostConfigure<MvcOptions>(TolerantJQueryValueProviderFactory.Apply);
        services.Configure<MvcOptions>(CheckboxSafeBooleanBinder.Apply);
        services.AddPlatformApi();

        services.AddSingleton(sp => PersonalDataKeys.Load(context.Configuration, context.Environment, sp.GetRequiredService<DatabaseOptions>().DataFolder));
        services.AddSingleton<IPersonalDataProtector, PersonalDataProtector>();
        services.AddSingleton(Operations.PausePoints.From(context.Configuration, context.Environment));
        services.AddSingleton<IFileStore>(sp => new LocalFileStore(FileStorageRoot.Resolve(
            context.Configuration[FileStorageRoot.Setting],
            sp.GetRequiredService<DatabaseOptions>().DataFolder,
            context.Environment.ContentRootPath,
            sp.GetService<IWebHostEnvironment>()?.WebRootPath), sp.GetRequiredService<Operations.PausePoints>(),
            new FileEncryption(sp.GetRequiredService<PersonalDataKeys>().EncryptionKey)));
        services.AddTransient<OrphanFileCleanupJob>();
        services.AddHostedService<OrphanFileCleanupStarter>();
        services.AddSingleton<DatabaseXmlRepository>();
        KeyRingKey.RequireOutsideDevelopment(context.Configuration, context.Environment);
        services.AddSingleton(sp => KeyRingKey.For(context.Configuration, context.Environment, () => sp.GetRequiredService<DatabaseOptions>().DataFolder));
        services.AddDataProtection().SetApplicationName("PrepaidPlatform");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            o.XmlRepository = sp.GetRequiredService<DatabaseXmlRepository>();
            o.XmlEncryptor = new KeyRingXmlEncryptor(sp.GetRequiredService<KeyRingKey>());
        }));
    }

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigurePlatform();
        modelBuilder.ConfigureApiClients();
    }

    public override void ConfigureAfterAuthentication(IApplicationBuilder app) => app.UseApiExceptionProblems();

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapPlatformApi();

    public override void DefinePermissions(IPermissionDefinitionContext context)
    {
        const string group = "平台管理";
        context.Add(PlatformPermissions.CrossTenant, "跨区查询与操作", group, PlatformSide.City);
        context.Add(PlatformPermissions.AuditRead, "查询审计日志", group, PlatformSide.City);
        context.Add(PlatformPermissions.CalendarManage, "维护工作日历", group, PlatformSide.City);
        context.Add(PlatformPermissions.SettingsManage, "维护系统设置", group, PlatformSide.City);
        context.Add(PlatformPermissions.DistrictSettingsManage, "维护本区设置", group, PlatformSide.District);
        context.Add(PlatformPermissions.WorkbenchAccess, "进入工作台", group, PlatformSide.District);
    }

    public override void DefineSettings(ISettingDefinitionContext context)
    {
        PlatformSettings.Define(context);
        RuleSettings.Define(context);
    }

    public override void ConfigureMenu(IMenuContext context)
    {
        context.Add(new MenuItem("city.audit", "审计日志", "/Platform/Audit", PlatformSide.City, 900, PlatformPermissions.AuditRead));
        context.Add(new MenuItem("city.calendar", "工作日历", "/Platform/Calendar", PlatformSide.City, 910, PlatformPermissions.CalendarManage));
        context.Add(new MenuItem("district.profile", "本区信息", "/Platform/DistrictProfile", PlatformSide.District, 900, PlatformPermissions.DistrictSettingsManage));
        context.Add(new MenuItem("city.settings", "系统设置", "/Platform/Settings", PlatformSide.City, 920, PlatformPermissions.SettingsManage));
        context.Add(new MenuItem("district.settings", "本区设置", "/Platform/DistrictSettings", PlatformSide.District, 920, PlatformPermissions.DistrictSettingsManage));
    }

    public override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Resolved at start so that a Storage:Root inside the web root stops the host now, not at the first upload.
        _ = services.GetRequiredService<IFileStore>();
        var db = services.GetRequiredService<PlatformDbContext>();
        await TenantSeeder.SeedAsync(db, cancellationToken);
        // Whatever listed the districts before they were all there must not keep that list.
        TenantDirectory.ForgetList(services.GetRequiredService<IMemoryCache>());
        await DistrictProfileService.SeedAsync(db, cancellationToken);
        await CalendarSeeder.SeedAsync(db, cancellationToken);
    }
}

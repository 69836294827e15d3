using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Localization;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Navigation;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Platform.Modularity;

public static class PlatformHostingExtensions
{
    /// <summary>Orders the host's modules by their dependencies and lets each contribute its services.</summary>
    public static ModuleCatalog AddPlatformModules(this WebApplicationBuilder builder, IEnumerable<Type> moduleTypes)
    {
        var catalog = ModuleCatalog.Create(moduleTypes);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddHostedService<PlatformInitializer>();
        // Chinese text is written as text, not as numeric entities.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddSingleton(new PermissionDefinitionManager(catalog));
        builder.Services.AddSingleton(new SettingDefinitionManager(catalog.Modules));
        builder.Services.AddSingleton(new MenuRegistry(catalog));
        var localizer = new PlatformStringLocalizer(catalog);
        builder.Services.AddSingleton(localizer);
        builder.Services.AddSingleton<IStringLocalizer>(localizer);

        var context = new ModuleServiceContext(builder.Services, builder.Configuration, builder.Environment);
        foreach (var module in catalog.Modules)
        {
            module.ConfigureServices(context);
        }

        var mvc = builder.Services.AddRazorPages();
        foreach (var assembly in catalog.Assemblies)
        {
            mvc.AddApplicationPart(assembly);
        }

        return catalog;
    }

    public static void UsePlatformSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeadersMiddleware>();

    public static void UsePlatformRequestAudit(this IApplicationBuilder app) => app.UseMiddleware<RequestAuditMiddleware>();

    public static void UsePlatformModulesAfterAuthentication(this WebApplication app)
    {
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.ConfigureAfterAuthentication(app);
        }
    }

    public static void MapPlatformModuleEndpoints(this WebApplication app)
    {
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.MapEndpoints(app);
        }
    }

    /// <summary>
    /// Applies pending migrations, then lets every module seed in dependency order (as the system, all districts visible),
    /// one instance at a time (<see cref="StartupLock"/>).
    /// </summary>
    public static async Task InitializePlatformAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("PrepaidPlatform.Startup");
        var db = provider.GetRequiredService<PlatformDbContext>();
        await using var startupLock = await StartupLock.AcquireAsync(db, logger, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer commits: the embedded default serves a district-sized load.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        using var unfiltered = provider.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        foreach (var module in provider.GetRequiredService<ModuleCatalog>().Modules)
        {
            await module.SeedAsync(provider, cancellationToken);
        }

        logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
    }
}

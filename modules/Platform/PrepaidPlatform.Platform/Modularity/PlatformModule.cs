using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Navigation;
using PrepaidPlatform.Platform.Settings;

namespace PrepaidPlatform.Platform.Modularity;

/// <summary>
/// A module plugged into the host (ABP's <c>AbpModule</c> seam). It declares what it depends on with
/// <see cref="DependsOnAttribute"/> and contributes services, its EF model, permissions, settings, menu
/// items, localization and endpoints. The host lists its modules explicitly; nothing is discovered by scanning.
/// </summary>
public abstract class PlatformModule
{
    /// <summary>
    /// The name other modules declare this module by in <see cref="DependsOnAttribute"/>: a module overrides it with the
    /// <c>ModuleName</c> constant of its Contracts; otherwise the class name without the <c>Module</c> suffix.
    /// </summary>
    public virtual string Name => GetType().Name is var name && name.EndsWith("Module", StringComparison.Ordinal) ? name[..^"Module".Length] : name;

    /// <summary>Prefixes of this module's tables (ABP's <c>DbTablePrefix</c>); the architecture tests hold every table to them.</summary>
    public virtual IReadOnlyList<string> TablePrefixes => [];

    public virtual void ConfigureServices(ModuleServiceContext context)
    {
    }

    /// <summary>Adds this module's entities to the one <c>PlatformDbContext</c>. Tables carry the module's prefix.</summary>
    public virtual void ConfigureModel(ModelBuilder modelBuilder)
    {
    }

    public virtual void DefinePermissions(IPermissionDefinitionContext context)
    {
    }

    public virtual void DefineSettings(ISettingDefinitionContext context)
    {
    }

    public virtual void ConfigureMenu(IMenuContext context)
    {
    }

    /// <summary>English texts for the Chinese UI strings of this module (key = Chinese text).</summary>
    public virtual IReadOnlyDictionary<string, string> EnglishTexts => LocalizationResource.Load(GetType().Assembly);

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    /// <summary>Middleware that needs the signed-in user (the host calls it right after authentication).</summary>
    public virtual void ConfigureAfterAuthentication(IApplicationBuilder app)
    {
    }

    /// <summary>Runs once at start, after migrations, in dependency order: idempotent seed data.</summary>
    public virtual Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}

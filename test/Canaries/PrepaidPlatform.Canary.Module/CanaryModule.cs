using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Canary.Module;

/// <summary>
/// Canary: depends on the Identity implementation, uses the Workflows contracts without declaring Workflows, reads
/// TimeProvider, exposes a public entity, maps tables without its prefix and a TenantId without IMultiTenant.
/// </summary>
[DependsOn(typeof(IdentityModule))]
public sealed class CanaryModule : PlatformModule
{
    public override IReadOnlyList<string> TablePrefixes => ["Canary_"];

    public IWorkflowRuntime? Runtime { get; set; }

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PublicEntity>(b =>
        {
            b.ToTable("Unprefixed");
            b.HasKey(x => x.Id);
        });
    }
}

/// <summary>Canary: a module class that another module could derive from.</summary>
public class UnsealedCanaryModule : PlatformModule;

/// <summary>Canary: application code that reads TimeProvider instead of the platform's IClock.</summary>
internal sealed class ClockReader(TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();
}

/// <summary>Canary: an entity that should be internal, carries a TenantId but is not IMultiTenant.</summary>
public sealed class PublicEntity
{
    public Guid Id { get; set; }

    public Guid? TenantId { get; set; }
}

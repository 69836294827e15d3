using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace PrepaidPlatform.Platform.Data;

/// <summary>
/// Carries <see cref="PlatformDbContextDependencies"/> inside the context's options, so that the context's only constructor
/// parameter is its options: EF pools only such contexts. Pooling keeps each context's internal services (query
/// compilation, translators, the state manager's graph) across requests instead of building them for every request, which
/// was the largest single cost of the public filing-code page in a CPU profile (issue 14). Every dependency is a
/// singleton that reads the current request's state (tenant, filters, user) through its own async-local, so a pooled
/// context serves each request with that request's state.
/// </summary>
internal sealed class PlatformDependenciesExtension(PlatformDbContextDependencies dependencies) : IDbContextOptionsExtension
{
    public PlatformDbContextDependencies Dependencies { get; } = dependencies;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => string.Empty;

        // Nothing of it reaches EF's internal services: every set of these options may share one internal service provider.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}

public static class PlatformDbContextOptions
{
    /// <summary>Gives the platform's context what it needs besides its options (see <see cref="PlatformDependenciesExtension"/>).</summary>
    public static DbContextOptionsBuilder<TContext> UsePlatformDependencies<TContext>(this DbContextOptionsBuilder<TContext> builder, PlatformDbContextDependencies dependencies)
        where TContext : PlatformDbContext
    {
        ((DbContextOptionsBuilder)builder).UsePlatformDependencies(dependencies);
        return builder;
    }

    internal static DbContextOptionsBuilder UsePlatformDependencies(this DbContextOptionsBuilder builder, PlatformDbContextDependencies dependencies)
    {
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new PlatformDependenciesExtension(dependencies));
        return builder;
    }
}

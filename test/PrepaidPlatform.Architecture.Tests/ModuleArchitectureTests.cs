using System.Reflection;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Canary.Contracts;
using PrepaidPlatform.Canary.Module;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Host;
using PrepaidPlatform.Host.Data;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Architecture.Tests;

/// <summary>Each rule runs over the host's real module list and must also catch its canary.</summary>
public sealed class ModuleArchitectureTests
{
    /// <summary>The modules the host lists, without the host itself (the composition root may see everything).</summary>
    private static readonly IReadOnlyList<Assembly> ModuleAssemblies = HostModules.Types
        .Select(t => t.Assembly).Where(a => a != typeof(HostModule).Assembly).Distinct().ToList();

    private static IEnumerable<Assembly> ContractsAssemblies() =>
        ModuleAssemblies.Select(a => a.GetName().Name + ".Contracts")
            .Select(n => Assembly.Load(new AssemblyName(n)));

    [Fact]
    public void The_host_lists_the_kernel_and_the_modules()
    {
        ModuleAssemblies.ShouldContain(typeof(PlatformKernelModule).Assembly);
        ModuleAssemblies.ShouldContain(typeof(IdentityModule).Assembly);
        ModuleAssemblies.ShouldContain(typeof(CustodyModule).Assembly);
        ContractsAssemblies().Count().ShouldBe(ModuleAssemblies.Count);
    }

    [Fact]
    public void Modules_reference_only_the_kernel_and_other_modules_contracts()
    {
        ModuleAssemblies.SelectMany(ModuleRules.ReferenceViolations).ShouldBeEmpty();
        ModuleRules.ReferenceViolations(typeof(CanaryModule).Assembly).ShouldContain(v => v.Contains("PrepaidPlatform.Identity", StringComparison.Ordinal));
    }

    [Fact]
    public void Filing_reaches_the_custody_account_section_through_the_custody_contracts_only()
    {
        // The filing form's 专用存管账户 is stored by Custody; Filing must hold ICustodyAccounts, never Custody's entities.
        var filing = typeof(FilingModule).Assembly;
        var references = filing.GetReferencedAssemblies().Select(a => a.Name).ToList();
        references.ShouldContain(typeof(ICustodyAccounts).Assembly.GetName().Name);
        references.ShouldNotContain(typeof(CustodyModule).Assembly.GetName().Name);
        ModuleRules.ReferenceViolations(filing).ShouldBeEmpty();
    }

    [Fact]
    public void Filing_reads_the_credit_risk_profile_through_the_credit_risk_contracts_only()
    {
        // The filing code's five indicators and colour are CreditRisk's: Filing holds ICreditRiskProfile, never its entities.
        ModuleAssemblies.ShouldContain(typeof(CreditRiskModule).Assembly);
        var references = typeof(FilingModule).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        references.ShouldContain(typeof(ICreditRiskProfile).Assembly.GetName().Name);
        references.ShouldNotContain(typeof(CreditRiskModule).Assembly.GetName().Name);
    }

    [Fact]
    public void Modules_declare_every_module_whose_contracts_they_use()
    {
        var catalog = ModuleCatalog.Create(HostModules.Types);
        catalog.Modules.SelectMany(m => ModuleRules.UndeclaredDependencyViolations(m, catalog.Modules)).ShouldBeEmpty();

        var canary = CanaryContext.Catalog();
        var canaryModule = canary.Modules.Single(m => m is CanaryModule);
        ModuleRules.UndeclaredDependencyViolations(canaryModule, canary.Modules).ShouldContain(v => v.Contains("Workflows", StringComparison.Ordinal));
    }

    [Fact]
    public void Module_classes_are_sealed()
    {
        ModuleAssemblies.Append(typeof(HostModule).Assembly).SelectMany(ModuleRules.UnsealedModuleViolations).ShouldBeEmpty();
        ModuleRules.UnsealedModuleViolations(typeof(CanaryModule).Assembly).ShouldContain(v => v.Contains(nameof(UnsealedCanaryModule), StringComparison.Ordinal));
    }

    [Fact]
    public void Application_code_reads_the_time_through_IClock()
    {
        string[] allowed =
        [
            "PrepaidPlatform.Platform.Timing.PlatformClock", // the IClock implementation itself
            "PrepaidPlatform.Platform.PlatformKernelModule", // registers the system TimeProvider that tests replace
            "PrepaidPlatform.Platform.Jobs.JobsRegistration", // Quartz's own timers need the wall clock, not the test's clock
            "PrepaidPlatform.Platform.Data.PlatformDbContextDependencies", // design-time tools have no container to get IClock from
        ];
        ModuleAssemblies.Append(typeof(HostModule).Assembly).SelectMany(a => ModuleRules.TimeProviderViolations(a, allowed)).ShouldBeEmpty();
        ModuleRules.TimeProviderViolations(typeof(CanaryModule).Assembly, allowed).ShouldContain(v => v.Contains("ClockReader", StringComparison.Ordinal));
    }

    [Fact]
    public void Contracts_reference_only_the_kernel_contracts_and_no_EF_Core_or_ASP_NET_Core()
    {
        ContractsAssemblies().SelectMany(ModuleRules.ContractsViolations).ShouldBeEmpty();
        ModuleRules.ContractsViolations(typeof(ILeakyContract).Assembly).ShouldNotBeEmpty();
    }

    [Fact]
    public void Module_assemblies_expose_only_the_module_class_and_API_controllers()
    {
        // The kernel is the shared foundation and is public by design; every other module hides its insides.
        ModuleAssemblies.Where(a => a != typeof(PlatformKernelModule).Assembly).SelectMany(ModuleRules.PublicTypeViolations).ShouldBeEmpty();
        ModuleRules.PublicTypeViolations(typeof(CanaryModule).Assembly).ShouldContain(v => v.Contains(nameof(PublicEntity), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_table_has_its_modules_prefix()
    {
        var catalog = ModuleCatalog.Create(HostModules.Types);
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        ModuleRules.TablePrefixViolations(db.Model, catalog.Modules).ShouldBeEmpty();

        using var canary = CanaryContext.Create();
        ModuleRules.TablePrefixViolations(canary.Model, canary.Modules).ShouldContain(v => v.Contains("Unprefixed", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_entity_with_a_tenant_is_multi_tenant_and_filtered()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        ModuleRules.TenantViolations(db.Model).ShouldBeEmpty();

        using var canary = CanaryContext.Create();
        ModuleRules.TenantViolations(canary.Model).ShouldContain(v => v.Contains(nameof(PublicEntity), StringComparison.Ordinal));
    }

    /// <summary>A context of its own type, so that EF's per-type model cache never mixes the canary model with the real one.</summary>
    private sealed class CanaryContext : PlatformDbContext
    {
        private CanaryContext(DbContextOptions options, IReadOnlyList<PlatformModule> modules)
            : base(options) => Modules = modules;

        public IReadOnlyList<PlatformModule> Modules { get; }

        /// <summary>The canary with the modules it (wrongly) reaches into and the modules those require.</summary>
        public static ModuleCatalog Catalog() => ModuleCatalog.Create(
            [typeof(PlatformKernelModule), typeof(IdentityModule), typeof(NotificationsModule), typeof(WorkflowsModule), typeof(CanaryModule)]);

        public static CanaryContext Create()
        {
            var catalog = Catalog();
            var options = new DbContextOptionsBuilder<CanaryContext>().UseSqlite("Data Source=:memory:")
                .UsePlatformDependencies(PlatformDbContextDependencies.ForDesignTime(catalog)).Options;
            return new CanaryContext(options, catalog.Modules);
        }
    }
}

using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NetArchTest.Rules;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Architecture.Tests;

/// <summary>
/// The rules of ARCHITECTURE.md "Module rules", each a function from assemblies or a model to its violations, so
/// that the same rule runs over the real modules (no violations) and over a canary that breaks it (caught).
/// </summary>
internal static class ModuleRules
{
    private const string Root = "PrepaidPlatform.";
    private const string Kernel = "PrepaidPlatform.Platform";
    private const string KernelContracts = "PrepaidPlatform.Platform.Contracts";

    /// <summary>A module references only the kernel, the kernel's contracts and other modules' Contracts.</summary>
    public static IReadOnlyList<string> ReferenceViolations(Assembly module) =>
        module.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith(Root, StringComparison.Ordinal) && n is not Kernel and not KernelContracts && !n.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(n => $"{module.GetName().Name} references {n}")
            .ToList();

    /// <summary>Contracts reference only the kernel's contracts: no module internals, no EF Core, no ASP.NET Core.</summary>
    public static IReadOnlyList<string> ContractsViolations(Assembly contracts)
    {
        var name = contracts.GetName().Name;
        var byReference = contracts.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => (n.StartsWith(Root, StringComparison.Ordinal) && n != KernelContracts) ||
                        n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) ||
                        n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
            .Select(n => $"{name} references {n}");
        var byType = Types.InAssembly(contracts).ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore").GetResult()
            .FailingTypeNames ?? [];
        return byReference.Concat(byType.Select(t => $"{t} uses EF Core or ASP.NET Core")).ToList();
    }

    /// <summary>
    /// A module declares every module whose Contracts it references, so that the host refuses to start without it rather
    /// than fail on the first request that resolves a missing service.
    /// </summary>
    public static IReadOnlyList<string> UndeclaredDependencyViolations(PlatformModule module, IReadOnlyList<PlatformModule> listed)
    {
        var assembly = module.GetType().Assembly;
        var declared = ModuleCatalog.DependencyNamesOf(module.GetType());
        return assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.EndsWith(".Contracts", StringComparison.Ordinal) && n != KernelContracts && n != assembly.GetName().Name + ".Contracts")
            .Select(n => (Contracts: n, Owner: listed.FirstOrDefault(m => m.GetType().Assembly.GetName().Name + ".Contracts" == n)))
            .Where(r => r.Owner is null || !declared.Contains(r.Owner.Name))
            .Select(r => $"{module.Name} uses {r.Contracts} but does not declare [DependsOn] on {r.Owner?.Name ?? "a listed module"}")
            .ToList();
    }

    /// <summary>Module classes are sealed: a module is composed by the host, never extended by another module.</summary>
    public static IReadOnlyList<string> UnsealedModuleViolations(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => typeof(PlatformModule).IsAssignableFrom(t) && !t.IsAbstract && !t.IsSealed)
            .Select(t => $"{t.FullName} is not sealed")
            .ToList();

    /// <summary>
    /// Application code reads the time through <c>IClock</c>, so that the one <see cref="TimeProvider"/> a test swaps moves
    /// every clock. Only the types in <paramref name="allowed"/> (full names) may touch TimeProvider.
    /// </summary>
    public static IReadOnlyList<string> TimeProviderViolations(Assembly assembly, IReadOnlyCollection<string> allowed) =>
        (Types.InAssembly(assembly).ShouldNot().HaveDependencyOn(typeof(TimeProvider).FullName).GetResult().FailingTypeNames ?? [])
            .Where(t => !allowed.Any(a => t == a || t.StartsWith(a + "/", StringComparison.Ordinal) || t.StartsWith(a + "+", StringComparison.Ordinal)))
            .Select(t => $"{t} uses TimeProvider instead of IClock")
            .ToList();

    /// <summary>Module assemblies expose nothing but the module class and API controllers; entities and services stay internal.</summary>
    public static IReadOnlyList<string> PublicTypeViolations(Assembly module) =>
        module.GetExportedTypes()
            .Where(t => !typeof(PlatformModule).IsAssignableFrom(t) && !typeof(ControllerBase).IsAssignableFrom(t))
            .Select(t => $"{t.FullName} is public")
            .ToList();

    /// <summary>Every table carries the prefix of the module that owns the entity (or, for a framework type, of some module).</summary>
    public static IReadOnlyList<string> TablePrefixViolations(IModel model, IReadOnlyList<PlatformModule> modules)
    {
        var all = modules.SelectMany(m => m.TablePrefixes).ToList();
        var violations = new List<string>();
        foreach (var entity in model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
        {
            var table = entity.GetTableName()!;
            var owner = modules.FirstOrDefault(m => m.GetType().Assembly == entity.ClrType.Assembly);
            var allowed = owner?.TablePrefixes ?? all;
            if (!allowed.Any(p => table.StartsWith(p, StringComparison.Ordinal)))
            {
                violations.Add($"{entity.ClrType.Name} → {table} lacks {string.Join(" / ", allowed)}");
            }
        }

        return violations;
    }

    /// <summary>Every entity with a TenantId is IMultiTenant and filtered by tenant.</summary>
    public static IReadOnlyList<string> TenantViolations(IModel model) =>
        model.GetEntityTypes()
            .Where(e => e.FindProperty(nameof(IMultiTenant.TenantId)) is not null)
            .Where(e => !typeof(IMultiTenant).IsAssignableFrom(e.ClrType) || e.GetQueryFilter() is null)
            .Select(e => $"{e.ClrType.Name} has TenantId but is not an IMultiTenant entity with a tenant filter")
            .ToList();
}

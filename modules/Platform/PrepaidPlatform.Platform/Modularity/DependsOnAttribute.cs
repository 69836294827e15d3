namespace PrepaidPlatform.Platform.Modularity;

/// <summary>
/// Modules this module needs in the host. Another module is named by the <c>ModuleName</c> constant of its Contracts,
/// because a module may reference no other module's class; the kernel and the host's own module are named by type.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class DependsOnAttribute : Attribute
{
    public DependsOnAttribute(params Type[] moduleTypes) => ModuleTypes = moduleTypes;

    public DependsOnAttribute(params string[] moduleNames) => ModuleNames = moduleNames;

    public IReadOnlyList<Type> ModuleTypes { get; } = [];

    public IReadOnlyList<string> ModuleNames { get; } = [];
}

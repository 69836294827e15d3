using PrepaidPlatform.Platform.Modularity;

namespace PrepaidPlatform.Platform.Authorization;

/// <summary>Every permission the modules defined, grouped, each on one side (city / district / operator).</summary>
public sealed class PermissionDefinitionManager
{
    private readonly Dictionary<string, PermissionDefinition> _permissions = new(StringComparer.Ordinal);

    internal PermissionDefinitionManager(ModuleCatalog modules)
    {
        var context = new Context(this);
        foreach (var module in modules.Modules)
        {
            module.DefinePermissions(context);
        }
    }

    public IReadOnlyCollection<PermissionDefinition> All => _permissions.Values;

    public bool Exists(string name) => _permissions.ContainsKey(name);

    public IEnumerable<PermissionDefinition> ForSide(PlatformSide side) => _permissions.Values.Where(p => p.Side == side);

    private sealed class Context(PermissionDefinitionManager manager) : IPermissionDefinitionContext
    {
        public void Add(string name, string displayName, string group, PlatformSide side)
        {
            if (!manager._permissions.TryAdd(name, new PermissionDefinition(name, displayName, group, side)))
            {
                throw new InvalidOperationException($"权限 {name} 被重复定义。");
            }
        }
    }
}

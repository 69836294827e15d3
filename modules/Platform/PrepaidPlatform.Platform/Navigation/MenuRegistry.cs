using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Modularity;

namespace PrepaidPlatform.Platform.Navigation;

/// <summary>The left menus, contributed by the modules, per side.</summary>
public sealed class MenuRegistry
{
    private readonly List<MenuItem> _items = [];

    internal MenuRegistry(ModuleCatalog modules)
    {
        var context = new Context(_items);
        foreach (var module in modules.Modules)
        {
            module.ConfigureMenu(context);
        }
    }

    public IReadOnlyList<MenuItem> For(PlatformSide side, IPermissionChecker permissions) =>
        _items.Where(i => i.Side == side && (i.Permission is null || permissions.IsGranted(i.Permission)))
            .OrderBy(i => i.Order)
            .ToList();

    private sealed class Context(List<MenuItem> items) : IMenuContext
    {
        public void Add(MenuItem item) => items.Add(item);
    }
}

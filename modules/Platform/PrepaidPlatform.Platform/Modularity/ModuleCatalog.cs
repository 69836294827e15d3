using System.Reflection;

namespace PrepaidPlatform.Platform.Modularity;

/// <summary>
/// The host's modules in dependency order. Built from the explicit list the host gives; a dependency that
/// the host does not list, or a cycle, stops the start with a message that names the modules involved.
/// </summary>
public sealed class ModuleCatalog
{
    private ModuleCatalog(IReadOnlyList<PlatformModule> modules) => Modules = modules;

    /// <summary>Modules sorted so that every module comes after the modules it depends on.</summary>
    public IReadOnlyList<PlatformModule> Modules { get; }

    public IEnumerable<Assembly> Assemblies => Modules.Select(m => m.GetType().Assembly).Distinct();

    public static ModuleCatalog Create(IEnumerable<Type> moduleTypes)
    {
        var modules = moduleTypes.Distinct().Select(Instantiate).ToList();
        var byName = new Dictionary<string, PlatformModule>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            if (!byName.TryAdd(module.Name, module))
            {
                throw new ModuleConfigurationException(
                    $"模块名 {module.Name} 重复：{byName[module.Name].GetType().FullName} 与 {module.GetType().FullName}。" +
                    $"Two modules share the name {module.Name}.");
            }
        }

        // Every missing module at once, so that fixing the host's list takes one start, not one per module.
        var missing = modules
            .SelectMany(m => DependencyNamesOf(m.GetType()).Where(d => !byName.ContainsKey(d)).Select(d =>
                $"模块 {m.Name} 依赖的模块 {d} 未在宿主中注册，请把它的模块类加入宿主的模块清单。" +
                $"Module {m.Name} requires module {d}, which the host does not register: add its module class to the host's module list."))
            .ToList();
        if (missing.Count > 0)
        {
            throw new ModuleConfigurationException(string.Join(Environment.NewLine, missing));
        }

        var sorted = new List<PlatformModule>();
        var state = new Dictionary<PlatformModule, bool>(); // false = visiting, true = done
        foreach (var module in modules)
        {
            Visit(module, byName, state, sorted, new Stack<PlatformModule>());
        }

        return new ModuleCatalog(sorted);
    }

    /// <summary>The names of the modules <paramref name="moduleType"/> declares with <see cref="DependsOnAttribute"/>.</summary>
    public static IReadOnlyList<string> DependencyNamesOf(Type moduleType) =>
        moduleType.GetCustomAttributes<DependsOnAttribute>()
            .SelectMany(a => a.ModuleNames.Concat(a.ModuleTypes.Select(t => Instantiate(t).Name)))
            .Distinct()
            .ToList();

    private static PlatformModule Instantiate(Type type) =>
        typeof(PlatformModule).IsAssignableFrom(type) && !type.IsAbstract
            ? (PlatformModule)Activator.CreateInstance(type)!
            : throw new ModuleConfigurationException($"{type.FullName} 不是模块类（须继承 PlatformModule）。{type.FullName} is not a module class (it must derive from PlatformModule).");

    private static void Visit(PlatformModule module, Dictionary<string, PlatformModule> byName, Dictionary<PlatformModule, bool> state, List<PlatformModule> sorted, Stack<PlatformModule> path)
    {
        if (state.TryGetValue(module, out var done))
        {
            if (!done)
            {
                var cycle = path.Reverse().SkipWhile(m => m != module).Append(module).Select(m => m.Name);
                throw new ModuleConfigurationException($"模块依赖存在循环：{string.Join(" → ", cycle)}。Module dependencies form a cycle.");
            }

            return;
        }

        state[module] = false;
        path.Push(module);
        foreach (var dependency in DependencyNamesOf(module.GetType()))
        {
            Visit(byName[dependency], byName, state, sorted, path);
        }

        path.Pop();
        state[module] = true;
        sorted.Add(module);
    }
}

public sealed class ModuleConfigurationException(string message) : Exception(message);

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
        var listed = moduleTypes.Distinct().ToList();
        foreach (var type in listed)
        {
            if (!typeof(PlatformModule).IsAssignableFrom(type) || type.IsAbstract)
            {
                throw new ModuleConfigurationException($"{type.FullName} 不是模块类（须继承 PlatformModule）。");
            }
        }

        var sorted = new List<Type>();
        var state = new Dictionary<Type, bool>(); // false = visiting, true = done
        foreach (var type in listed)
        {
            Visit(type, listed, state, sorted, new Stack<Type>());
        }

        return new ModuleCatalog(sorted.Select(t => (PlatformModule)Activator.CreateInstance(t)!).ToList());
    }

    public static IReadOnlyList<Type> DependenciesOf(Type moduleType) =>
        moduleType.GetCustomAttributes<DependsOnAttribute>().SelectMany(a => a.ModuleTypes).Distinct().ToList();

    private static void Visit(Type type, List<Type> listed, Dictionary<Type, bool> state, List<Type> sorted, Stack<Type> path)
    {
        if (state.TryGetValue(type, out var done))
        {
            if (!done)
            {
                var cycle = path.Reverse().SkipWhile(t => t != type).Append(type).Select(t => t.Name);
                throw new ModuleConfigurationException($"模块依赖存在循环：{string.Join(" → ", cycle)}");
            }

            return;
        }

        state[type] = false;
        path.Push(type);
        foreach (var dependency in DependenciesOf(type))
        {
            if (!listed.Contains(dependency))
            {
                throw new ModuleConfigurationException($"模块 {type.Name} 依赖 {dependency.Name}，但宿主的模块清单中没有 {dependency.Name}。");
            }

            Visit(dependency, listed, state, sorted, path);
        }

        path.Pop();
        state[type] = true;
        sorted.Add(type);
    }
}

public sealed class ModuleConfigurationException(string message) : Exception(message);

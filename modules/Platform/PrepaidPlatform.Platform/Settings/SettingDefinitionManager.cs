namespace PrepaidPlatform.Platform.Settings;

/// <summary>Every setting the modules defined, by name.</summary>
public sealed class SettingDefinitionManager
{
    private readonly Dictionary<string, SettingDefinition> _definitions = new(StringComparer.Ordinal);

    internal SettingDefinitionManager(IEnumerable<Modularity.PlatformModule> modules)
    {
        var context = new Context(this);
        foreach (var module in modules)
        {
            module.DefineSettings(context);
        }
    }

    public IReadOnlyCollection<SettingDefinition> All => _definitions.Values;

    public SettingDefinition Get(string name) =>
        _definitions.TryGetValue(name, out var definition) ? definition : throw new KeyNotFoundException($"未定义的设置项：{name}");

    private sealed class Context(SettingDefinitionManager manager) : ISettingDefinitionContext
    {
        public void Add(SettingDefinition definition)
        {
            if (!manager._definitions.TryAdd(definition.Name, definition))
            {
                throw new InvalidOperationException($"设置项 {definition.Name} 被重复定义。");
            }
        }
    }
}

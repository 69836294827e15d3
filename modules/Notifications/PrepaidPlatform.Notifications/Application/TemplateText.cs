using System.Text.RegularExpressions;

namespace PrepaidPlatform.Notifications.Application;

/// <summary>Placeholders are written <c>{name}</c>; anything between braces counts, so a misspelt or Chinese name is caught too.</summary>
internal static partial class TemplateText
{
    /// <summary>Placeholders used in <paramref name="text"/> that <paramref name="definition"/> does not offer, in order of appearance.</summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string text, TemplateDefinition definition) =>
        Placeholder().Matches(text)
            .Select(m => m.Groups[1].Value)
            .Where(name => definition.Placeholders.All(p => p.Name != name))
            .Distinct()
            .ToList();

    /// <summary>Fills every placeholder. A placeholder without a parameter is a caller's mistake and throws.</summary>
    public static string Render(string text, IReadOnlyDictionary<string, string> parameters, string templateKey) =>
        Placeholder().Replace(text, m => parameters.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new ArgumentException($"模板 {templateKey} 需要参数 {m.Groups[1].Value}。", nameof(parameters)));

    /// <summary>What the outbox shows in place of a secret parameter.</summary>
    public const string Redacted = "******";

    /// <summary>The parameters with every secret one (<see cref="TemplatePlaceholder.Secret"/>) replaced by <see cref="Redacted"/>; null when there is none.</summary>
    public static IReadOnlyDictionary<string, string>? RedactSecrets(string templateKey, IReadOnlyDictionary<string, string> parameters)
    {
        var secrets = TemplateCatalog.Find(templateKey)?.Placeholders.Where(p => p.Secret && parameters.ContainsKey(p.Name)).Select(p => p.Name).ToList() ?? [];
        return secrets.Count == 0
            ? null
            : parameters.ToDictionary(p => p.Key, p => secrets.Contains(p.Key) ? Redacted : p.Value);
    }

    public static IReadOnlyDictionary<string, string> Samples(TemplateDefinition definition) =>
        definition.Placeholders.ToDictionary(p => p.Name, p => p.Sample);

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Placeholder();
}

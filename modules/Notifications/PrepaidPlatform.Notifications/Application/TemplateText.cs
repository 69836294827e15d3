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

    public static IReadOnlyDictionary<string, string> Samples(TemplateDefinition definition) =>
        definition.Placeholders.ToDictionary(p => p.Name, p => p.Sample);

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Placeholder();
}

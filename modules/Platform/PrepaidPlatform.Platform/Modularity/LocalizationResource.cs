using System.Reflection;
using System.Text.Json;

namespace PrepaidPlatform.Platform.Modularity;

/// <summary>Reads a module's embedded <c>Resources/en.json</c>: Chinese UI text → English.</summary>
public static class LocalizationResource
{
    public static IReadOnlyDictionary<string, string> Load(Assembly assembly)
    {
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("Resources.en.json", StringComparison.Ordinal));
        if (name is null)
        {
            return new Dictionary<string, string>();
        }

        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }
}

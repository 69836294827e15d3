using System.Globalization;
using Microsoft.Extensions.Localization;
using PrepaidPlatform.Platform.Modularity;

namespace PrepaidPlatform.Platform.Localization;

/// <summary>
/// The UI is written in Chinese (the default culture); each module ships an English dictionary keyed by the
/// Chinese text. A text without a translation shows in Chinese rather than as a missing key.
/// </summary>
public sealed class PlatformStringLocalizer : IStringLocalizer
{
    private readonly Dictionary<string, string> _english = new(StringComparer.Ordinal);

    internal PlatformStringLocalizer(ModuleCatalog modules)
    {
        foreach (var module in modules.Modules)
        {
            foreach (var (key, value) in module.EnglishTexts)
            {
                _english[key] = value;
            }
        }
    }

    public LocalizedString this[string name] => Translate(name);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = Translate(name);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _english.Select(kv => Translate(kv.Key));

    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private LocalizedString Translate(string name)
    {
        if (!IsEnglish)
        {
            return new LocalizedString(name, name);
        }

        return _english.TryGetValue(name, out var value) ? new LocalizedString(name, value) : new LocalizedString(name, name, resourceNotFound: true);
    }
}

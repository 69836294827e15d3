namespace PrepaidPlatform.Platform.Settings;

/// <summary>Resolves a setting: definition default → configuration → city value → district value (where the definition allows it).</summary>
public interface ISettingProvider
{
    Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default);

    Task<decimal> GetDecimalAsync(string name, CancellationToken cancellationToken = default);

    Task<int> GetIntAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>For amounts in 分: 5000 万元 is 5 000 000 000 分, beyond <see cref="int"/>.</summary>
    Task<long> GetLongAsync(string name, CancellationToken cancellationToken = default);

    Task<bool> GetBoolAsync(string name, CancellationToken cancellationToken = default);
}

public enum SettingValueType
{
    Text = 1,
    WholeNumber = 2,
    DecimalNumber = 3,
    Boolean = 4,
    Choice = 5,

    /// <summary>Text of several lines (a document's wording), edited in a text area; line breaks are kept.</summary>
    MultilineText = 6,
}

/// <summary>
/// A setting a module defines (ABP's <c>SettingDefinition</c>), with a Chinese description for the city's settings page.
/// Numbers may carry bounds (a percentage within 0–100, a period of at least one day) that the settings pages enforce;
/// a choice may carry Chinese labels for its values.
/// </summary>
public sealed record SettingDefinition(
    string Name,
    string DefaultValue,
    string DisplayName,
    string Group,
    SettingValueType Type,
    bool DistrictMayOverride = false,
    string? Description = null,
    IReadOnlyList<string>? Choices = null,
    decimal? Minimum = null,
    decimal? Maximum = null,
    IReadOnlyDictionary<string, string>? ChoiceLabels = null);

public interface ISettingDefinitionContext
{
    void Add(SettingDefinition definition);
}

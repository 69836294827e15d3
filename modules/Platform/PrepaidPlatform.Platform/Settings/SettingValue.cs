namespace PrepaidPlatform.Platform.Settings;

/// <summary>A stored value of a setting: for the city (provider "C") or for one district (provider "D", key = tenant id).</summary>
internal sealed class SettingValue
{
    public const string CityProvider = "C";
    public const string DistrictProvider = "D";

    /// <summary>
    /// City rows carry an empty key rather than NULL: both databases treat NULLs as distinct in the unique index on
    /// (Name, ProviderName, ProviderKey), so only a non-null key keeps the city to one row per setting.
    /// </summary>
    public const string CityKey = "";

    private SettingValue()
    {
        Name = ProviderName = Value = string.Empty;
    }

    public SettingValue(Guid id, string name, string providerName, string? providerKey, string value)
    {
        Id = id;
        Name = name;
        ProviderName = providerName;
        ProviderKey = providerKey;
        Value = value;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string ProviderName { get; private set; }

    public string? ProviderKey { get; private set; }

    public string Value { get; set; }
}

namespace PrepaidPlatform.Platform.Settings;

/// <summary>Where a setting's value in force comes from, lowest to highest precedence.</summary>
internal enum SettingSource
{
    Default = 1,
    Configuration = 2,
    City = 3,
    District = 4,
}

internal static class SettingSourceLabels
{
    public static string Label(this SettingSource source) => source switch
    {
        SettingSource.Default => "默认",
        SettingSource.Configuration => "配置文件",
        SettingSource.City => "市级设置",
        SettingSource.District => "区级设置",
        _ => source.ToString(),
    };
}

/// <summary>A setting with its value in force and where that value comes from.</summary>
internal sealed record ResolvedSetting(SettingDefinition Definition, string Value, SettingSource Source);

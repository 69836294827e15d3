using System.Globalization;

namespace PrepaidPlatform.Platform.Settings;

/// <summary>How a value in force reads on the settings pages: 是/否, a choice's Chinese label, money in 分 (settings named …Fen) with its amount in 元.</summary>
internal static class SettingDisplay
{
    public static string Value(SettingDefinition definition, string value) => definition.Type switch
    {
        SettingValueType.Boolean => value == "true" ? "是" : "否",
        SettingValueType.Choice => SettingValueValidator.ChoiceLabel(definition, value),
        SettingValueType.Text when value.Length == 0 => "（未设置）",
        _ when definition.Name.EndsWith("Fen", StringComparison.Ordinal) && long.TryParse(value, CultureInfo.InvariantCulture, out var fen) =>
            $"{value}（{(fen / 100m).ToString("#,0.##", CultureInfo.InvariantCulture)} 元）",
        _ => value,
    };
}

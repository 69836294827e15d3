using System.Globalization;

namespace PrepaidPlatform.Platform.Settings;

/// <summary>
/// Checks a value typed on a settings page against its definition and writes it in the one form the provider reads
/// (invariant culture: <c>40</c>, <c>0.5</c>, <c>true</c>). Messages are Chinese and name the setting.
/// </summary>
internal static class SettingValueValidator
{
    internal const int MaxLength = 2000; // the column's length

    public static (string? Value, string? Error) Normalize(SettingDefinition definition, string? input)
    {
        var text = input?.Trim() ?? string.Empty;
        var name = $"“{definition.DisplayName}”";
        if (text.Length == 0 && definition.Type != SettingValueType.Text)
        {
            return (null, $"请填写{name}。");
        }

        switch (definition.Type)
        {
            case SettingValueType.WholeNumber:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                    ? InRange(definition, name, whole, whole.ToString(CultureInfo.InvariantCulture))
                    : (null, $"{name}须为整数（不带小数点和千分位逗号）。");

            case SettingValueType.DecimalNumber:
                return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    ? InRange(definition, name, number, number.ToString(CultureInfo.InvariantCulture))
                    : (null, $"{name}须为数字，例如 40 或 12.5。");

            case SettingValueType.Boolean:
                return bool.TryParse(text, out var flag)
                    ? (flag ? "true" : "false", null)
                    : (null, $"{name}须选择“是”或“否”。");

            case SettingValueType.Choice:
                var choices = definition.Choices ?? [];
                return choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.Ordinal)) is { } choice
                    ? (choice, null)
                    : (null, $"{name}须为以下之一：{string.Join("、", choices.Select(c => ChoiceLabel(definition, c)))}。");

            case SettingValueType.MultilineText:
                // One form of line break whatever the browser sent (a text area posts CR LF), without trailing blanks.
                var lines = string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()));
                return lines.Length <= MaxLength ? (lines, null) : (null, $"{name}不能超过{MaxLength}个字符。");

            default:
                return text.Length <= MaxLength ? (text, null) : (null, $"{name}不能超过{MaxLength}个字符。");
        }
    }

    public static string ChoiceLabel(SettingDefinition definition, string choice) =>
        definition.ChoiceLabels is not null && definition.ChoiceLabels.TryGetValue(choice, out var label) ? label : choice;

    private static (string? Value, string? Error) InRange(SettingDefinition definition, string name, decimal value, string normalized)
    {
        if (definition.Minimum is { } min && value < min)
        {
            return (null, $"{name}不能小于 {min.ToString(CultureInfo.InvariantCulture)}。");
        }

        if (definition.Maximum is { } max && value > max)
        {
            return (null, $"{name}不能大于 {max.ToString(CultureInfo.InvariantCulture)}。");
        }

        return (normalized, null);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace PrepaidPlatform.Custody.Application;

/// <summary>
/// Turns one import row's cells into the API's text record, so that <see cref="StatementRecordValidator"/> judges it like
/// any API record. What only a spreadsheet does is handled here: numbers Excel stored (amounts, and account numbers or
/// references it may have cut to 15 digits), date cells, and times without an offset, which the import reads as 北京时间.
/// </summary>
internal static partial class StatementImportCells
{
    /// <summary>Excel keeps 15 significant digits of a number: a longer account number typed into a General cell has lost its tail.</summary>
    private const double ExactDigitsLimit = 1e15;

    /// <summary>北京时间 has had no daylight saving time since 1991: a fixed +08:00.</summary>
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static readonly string[] LocalTimeFormats =
        ["yyyy-M-d H:mm", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss", "yyyy-M-d'T'H:mm", "yyyy-M-d'T'H:mm:ss"];

    /// <param name="values">The row's cells in the template's column order.</param>
    public static StatementRecordInput Record(IReadOnlyList<object?> values)
    {
        string? refusal = null;
        var account = Identifier(values[0], "银行账号", ref refusal);
        var asOf = AsOf(values[1], ref refusal);
        var reference = Identifier(values[7], "银行业务编号", ref refusal);
        return new StatementRecordInput(account, asOf, Amount(values[2]), Amount(values[3]), Amount(values[4]), Text(values[5]), Text(values[6]), reference, refusal);
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Trim(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(),
    };

    /// <summary>An account number or a reference: text as typed; a stored number only while Excel kept all its digits.</summary>
    private static string? Identifier(object? value, string label, ref string? refusal)
    {
        if (value is double or float or decimal or long or int)
        {
            var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            if (Math.Abs(number) >= (decimal)ExactDigitsLimit || number != decimal.Truncate(number))
            {
                refusal ??= $"{label}被Excel存成了数字，超过15位的部分已丢失：请把该列设为“文本”格式后重新填写。";
            }

            return number.ToString("0", CultureInfo.InvariantCulture);
        }

        return Text(value);
    }

    /// <summary>元 as typed, thousands separators dropped; a number cell in its exact decimal form (never via a rounded double text).</summary>
    private static string? Amount(object? value) => value switch
    {
        double d => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        float f => ((decimal)f).ToString(CultureInfo.InvariantCulture),
        decimal or int or long => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => Text(value)?.Replace(",", string.Empty, StringComparison.Ordinal),
    };

    /// <summary>An ISO time with its offset as is; a date cell or a time without an offset as 北京时间.</summary>
    private static string? AsOf(object? value, ref string? refusal)
    {
        if (value is DateTime cell)
        {
            return Iso(cell);
        }

        var text = Text(value);
        if (string.IsNullOrEmpty(text))
        {
            refusal ??= "缺少查询时间。";
            return text;
        }

        if (WithOffset().IsMatch(text))
        {
            return text;
        }

        if (DateTime.TryParseExact(text, LocalTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return Iso(local);
        }

        refusal ??= "查询时间须为北京时间，如 2026-12-05 18:00:00（或带时区的 ISO 8601 时间，如 2026-12-05T18:00:00+08:00）。";
        return text;
    }

    private static string Iso(DateTime beijing) =>
        new DateTimeOffset(DateTime.SpecifyKind(beijing, DateTimeKind.Unspecified), Beijing).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex WithOffset();
}

using System.Globalization;

namespace PrepaidPlatform.Supervision.Domain;

/// <summary>A calendar quarter as the snapshots key it, "2026Q4", with its first and last day.</summary>
internal readonly record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public DateOnly FirstDay => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    public string Key => Year.ToString(CultureInfo.InvariantCulture) + "Q" + Number.ToString(CultureInfo.InvariantCulture);

    public string Label => $"{Year}年第{Number}季度";

    public static Quarter? Parse(string? key) =>
        key is { Length: 6 } && key[4] == 'Q' && int.TryParse(key[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && key[5] is >= '1' and <= '4'
            ? new Quarter(year, key[5] - '0')
            : null;

    public override string ToString() => Key;
}

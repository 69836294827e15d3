using System.Globalization;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Supervision.Areas.Supervision.Pages;

/// <summary>分 shown as 元 with two decimals, exactly (decimal, never double); a rate of nothing shows the common "—".</summary>
internal static class Money
{
    public static decimal Yuan(long fen) => fen / 100m;

    public static string Format(long fen) => Yuan(fen).ToString("N2", CultureInfo.InvariantCulture);

    public static string Rate(decimal? percent) => percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : ShanghaiTime.None;
}

using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application.Summaries;

/// <summary>The quarter a district or city page shows: the one asked for, else the last ended one; and the quarters offered.</summary>
internal static class QuarterChoice
{
    public const int Offered = 12;

    /// <param name="text">The picker's value, <c>2025-4</c>; anything else is the last ended quarter.</param>
    public static ReportPeriod Resolve(string? text, DateOnly today)
    {
        var parts = text?.Split('-');
        return parts is [var y, var q]
            && int.TryParse(y, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100
            && int.TryParse(q, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var quarter) && quarter is >= 1 and <= 4
            ? new ReportPeriod(year, quarter)
            : ReportPeriod.Of(today).Previous;
    }

    /// <summary>The picker's value of a quarter.</summary>
    public static string Value(ReportPeriod period) => $"{period.Year}-{period.Quarter}";

    /// <summary>The last <see cref="Offered"/> quarters that have ended, newest first.</summary>
    public static IReadOnlyList<ReportPeriod> Recent(DateOnly today)
    {
        var list = new List<ReportPeriod>();
        for (var p = ReportPeriod.Of(today).Previous; list.Count < Offered; p = p.Previous)
        {
            list.Add(p);
        }

        return list;
    }
}

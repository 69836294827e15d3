namespace PrepaidPlatform.Reporting.Domain;

/// <summary>上报周期: one calendar quarter (数据期别 "2023年1季度数据").</summary>
internal readonly record struct ReportPeriod(int Year, int Quarter) : IComparable<ReportPeriod>
{
    public DateOnly Start => new(Year, (Quarter - 1) * 3 + 1, 1);

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public ReportPeriod Previous => Quarter == 1 ? new(Year - 1, 4) : new(Year, Quarter - 1);

    public ReportPeriod Next => Quarter == 4 ? new(Year + 1, 1) : new(Year, Quarter + 1);

    /// <summary>数据期别 as the manual's table writes it.</summary>
    public string Label => $"{Year}年{Quarter}季度数据";

    /// <summary>The quarter without 数据 (in messages): 2023年1季度.</summary>
    public string Name => $"{Year}年{Quarter}季度";

    public static ReportPeriod Of(DateOnly date) => new(date.Year, (date.Month - 1) / 3 + 1);

    /// <summary>The quarter that ends on <paramref name="quarterEnd"/>; null when the date ends no quarter.</summary>
    public static ReportPeriod? EndingOn(DateOnly quarterEnd) => Of(quarterEnd) is var p && p.End == quarterEnd ? p : null;

    public int CompareTo(ReportPeriod other) => (Year, Quarter).CompareTo((other.Year, other.Quarter));

    public static bool operator <(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) < 0;

    public static bool operator >(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) > 0;

    public static bool operator <=(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) >= 0;
}

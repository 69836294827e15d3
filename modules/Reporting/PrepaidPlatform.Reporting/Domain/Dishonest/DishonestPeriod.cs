namespace PrepaidPlatform.Reporting.Domain.Dishonest;

/// <summary>The two duties of a 严重失信主体 (Shanghai plan, 重点监管严重失信主体).</summary>
internal enum DishonestDuty
{
    /// <summary>每月报送上月相关经营信息.</summary>
    Monthly = 1,

    /// <summary>每半年度提交经审计的上一个半年度财务会计报表 (PDF).</summary>
    HalfYear = 2,
}

/// <summary>One period of a duty: a calendar month, or a half-year (1 January or 1 July on).</summary>
internal readonly record struct DishonestPeriod(DishonestDuty Duty, DateOnly Start)
{
    public DateOnly End => Start.AddMonths(Duty == DishonestDuty.Monthly ? 1 : 6).AddDays(-1);

    public DishonestPeriod Next => new(Duty, Start.AddMonths(Duty == DishonestDuty.Monthly ? 1 : 6));

    /// <summary>1 or 2 for a half-year (上 / 下半年); the month for a month.</summary>
    public int Number => Duty == DishonestDuty.Monthly ? Start.Month : Start.Month == 1 ? 1 : 2;

    /// <summary>"2026年5月经营信息", "2026年上半年财务会计报表".</summary>
    public string Label => Duty == DishonestDuty.Monthly
        ? $"{Start.Year}年{Start.Month}月经营信息"
        : $"{Start.Year}年{(Number == 1 ? "上" : "下")}半年财务会计报表";

    public static DishonestPeriod Of(DishonestDuty duty, DateOnly day) =>
        new(duty, new DateOnly(day.Year, duty == DishonestDuty.Monthly ? day.Month : day.Month <= 6 ? 1 : 7, 1));

    /// <summary>The period named in a page's address; null when it names none (month 13, half-year 3).</summary>
    public static DishonestPeriod? Named(DishonestDuty duty, int year, int number) =>
        year is < 2000 or > 2100 ? null
        : duty == DishonestDuty.Monthly ? number is >= 1 and <= 12 ? new(duty, new DateOnly(year, number, 1)) : null
        : number is 1 or 2 ? new(duty, new DateOnly(year, number == 1 ? 1 : 7, 1)) : null;

    /// <summary>The periods from the one of the listing day to the last ended before <paramref name="today"/>, oldest first.</summary>
    public static IReadOnlyList<DishonestPeriod> ToDate(DishonestDuty duty, DateOnly listedSince, DateOnly today)
    {
        var periods = new List<DishonestPeriod>();
        for (var p = Of(duty, listedSince); p.End < today; p = p.Next)
        {
            periods.Add(p);
        }

        return periods;
    }
}

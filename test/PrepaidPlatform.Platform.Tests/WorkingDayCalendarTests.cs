using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Platform.Tests;

/// <summary>Deadlines around the 2025 and 2026 breaks, on the seeded State Council calendar (REFERENCE.md "Working-day calendar").</summary>
public sealed class WorkingDayCalendarTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private Task<T> Calendar<T>(Func<IWorkingDayCalendar, Task<T>> work) =>
        factory.InScopeAsync(sp => work(sp.GetRequiredService<IWorkingDayCalendar>()));

    [Fact]
    public async Task Three_working_days_after_2025_09_30_is_Saturday_2025_10_11_an_adjusted_working_day()
    {
        var date = await Calendar(c => c.AddWorkingDaysAsync(D(2025, 9, 30), 3));
        date.ShouldBe(D(2025, 10, 11));
        date.DayOfWeek.ShouldBe(DayOfWeek.Saturday);
    }

    [Fact]
    public async Task Twenty_working_days_after_the_third_quarter_of_2025_end_on_4_November()
    {
        // 数据填报 · 提示(1): the quarterly report is due within 20 working days after the quarter; National Day takes 8 days off.
        (await Calendar(c => c.AddWorkingDaysAsync(D(2025, 9, 30), 20))).ShouldBe(D(2025, 11, 4));
    }

    [Fact]
    public async Task Saturday_2026_02_14_is_a_working_day_and_Monday_2026_02_16_is_a_holiday()
    {
        (await Calendar(c => c.IsWorkingDayAsync(D(2026, 2, 14)))).ShouldBeTrue();
        (await Calendar(c => c.IsWorkingDayAsync(D(2026, 2, 16)))).ShouldBeFalse();
    }

    [Fact]
    public async Task The_working_day_after_Saturday_2026_02_14_is_Tuesday_2026_02_24_after_the_Spring_Festival()
    {
        (await Calendar(c => c.AddWorkingDaysAsync(D(2026, 2, 13), 1))).ShouldBe(D(2026, 2, 14));
        (await Calendar(c => c.AddWorkingDaysAsync(D(2026, 2, 14), 1))).ShouldBe(D(2026, 2, 24));
    }

    [Fact]
    public async Task The_2025_Spring_Festival_break_has_no_working_day_and_Sunday_26_January_is_one()
    {
        (await Calendar(c => c.CountWorkingDaysAsync(D(2025, 1, 27), D(2025, 2, 4)))).ShouldBe(0);
        // (Fri 24 Jan, Mon 27 Jan]: Saturday off, Sunday 26 worked (调休), Monday worked.
        (await Calendar(c => c.CountWorkingDaysAsync(D(2025, 1, 24), D(2025, 1, 27)))).ShouldBe(2);
    }

    [Fact]
    public async Task New_Year_2026_takes_three_days_and_Sunday_4_January_is_worked()
    {
        (await Calendar(c => c.AddWorkingDaysAsync(D(2025, 12, 31), 1))).ShouldBe(D(2026, 1, 4));
        (await Calendar(c => c.CountWorkingDaysAsync(D(2025, 12, 31), D(2026, 1, 9)))).ShouldBe(6);
    }

    [Fact]
    public async Task National_Day_2026_counts_the_adjusted_Sundays_and_Saturdays_on_both_sides()
    {
        // (Fri 18 Sep, Sat 10 Oct]: 21–24 Sep, Sun 20 Sep, 28–30 Sep, Fri 9 Oct, Sat 10 Oct; the 25–27 Sep Mid-Autumn break and 1–7 Oct are off.
        (await Calendar(c => c.CountWorkingDaysAsync(D(2026, 9, 18), D(2026, 10, 10)))).ShouldBe(11);
    }

    [Fact]
    public async Task A_year_the_city_has_not_entered_counts_weekends_only_and_is_reported_as_not_covered()
    {
        (await Calendar(c => c.IsYearCoveredAsync(2025))).ShouldBeTrue();
        (await Calendar(c => c.IsYearCoveredAsync(2026))).ShouldBeTrue();
        (await Calendar(c => c.IsYearCoveredAsync(2030))).ShouldBeFalse();
        // 1 January 2030 is a Tuesday: without the year's notice it counts as a working day.
        (await Calendar(c => c.IsWorkingDayAsync(D(2030, 1, 1)))).ShouldBeTrue();
        (await Calendar(c => c.AddWorkingDaysAsync(D(2030, 1, 4), 1))).ShouldBe(D(2030, 1, 7));
    }
}

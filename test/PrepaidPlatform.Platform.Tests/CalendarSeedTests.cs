using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Platform.Tests;

/// <summary>The seed is the State Council's notices for 2025 and 2026 as REFERENCE.md lists them, and it never undoes the city's edits.</summary>
public sealed class CalendarSeedTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData(2025, 28, new[] { "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11" })]
    [InlineData(2026, 33, new[] { "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10" })]
    public async Task Seed_holds_the_holidays_and_adjusted_working_days_of_the_notice(int year, int holidays, string[] adjustedWorkdays)
    {
        var days = await factory.InScopeAsync(sp => sp.GetRequiredService<CalendarService>().ListAsync(year));

        days.Count(d => d.Kind == CalendarDayKind.Holiday).ShouldBe(holidays);
        days.Where(d => d.Kind == CalendarDayKind.AdjustedWorkday).Select(d => d.Date.ToString("yyyy-MM-dd"))
            .ShouldBe(adjustedWorkdays);
        days.Where(d => d.Kind == CalendarDayKind.AdjustedWorkday).ShouldAllBe(d => d.Date.DayOfWeek == DayOfWeek.Saturday || d.Date.DayOfWeek == DayOfWeek.Sunday);
        days.ShouldAllBe(d => d.Note.Length > 0);
    }

    [Theory]
    [InlineData("2025-01-01", "2025-01-01")]
    [InlineData("2025-01-28", "2025-02-04")]
    [InlineData("2025-04-04", "2025-04-06")]
    [InlineData("2025-05-01", "2025-05-05")]
    [InlineData("2025-05-31", "2025-06-02")]
    [InlineData("2025-10-01", "2025-10-08")]
    [InlineData("2026-01-01", "2026-01-03")]
    [InlineData("2026-02-15", "2026-02-23")]
    [InlineData("2026-04-04", "2026-04-06")]
    [InlineData("2026-05-01", "2026-05-05")]
    [InlineData("2026-06-19", "2026-06-21")]
    [InlineData("2026-09-25", "2026-09-27")]
    [InlineData("2026-10-01", "2026-10-07")]
    public async Task Every_day_of_each_official_break_is_a_holiday(string first, string last)
    {
        var from = DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
        var days = await factory.InScopeAsync(sp => sp.GetRequiredService<CalendarService>().ListAsync(from.Year));

        for (var date = from; date <= to; date = date.AddDays(1))
        {
            days.ShouldContain(d => d.Date == date && d.Kind == CalendarDayKind.Holiday, $"{date} should be a holiday");
        }

        days.ShouldNotContain(d => d.Date == from.AddDays(-1) && d.Kind == CalendarDayKind.Holiday);
        days.ShouldNotContain(d => d.Date == to.AddDays(1) && d.Kind == CalendarDayKind.Holiday);
    }

    [Fact]
    public async Task Seeding_again_keeps_a_day_the_city_changed_and_does_not_bring_back_a_day_it_removed()
    {
        // A host of its own: this test edits the seeded year that the other tests read.
        using var own = new PlatformFactory();
        await own.InScopeAsync(async sp =>
        {
            var calendar = sp.GetRequiredService<CalendarService>();
            (await calendar.ChangeAsync(new CalendarService.Entry(new DateOnly(2025, 5, 31), CalendarDayKind.Holiday, "端午节（市里更正）"))).Succeeded.ShouldBeTrue();
            (await calendar.RemoveAsync(new DateOnly(2025, 6, 2))).Succeeded.ShouldBeTrue();
        });

        await own.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            await CalendarSeeder.SeedAsync(db, CancellationToken.None);
            var days = await db.Set<CalendarDay>().AsNoTracking().Where(d => d.Date >= new DateOnly(2025, 5, 31) && d.Date <= new DateOnly(2025, 6, 2)).ToListAsync();
            days.Single(d => d.Date == new DateOnly(2025, 5, 31)).Note.ShouldBe("端午节（市里更正）");
            days.ShouldNotContain(d => d.Date == new DateOnly(2025, 6, 2));
            (await db.Set<CalendarDay>().CountAsync(d => d.Date >= new DateOnly(2026, 1, 1) && d.Date <= new DateOnly(2026, 12, 31))).ShouldBe(39);
        });
    }
}

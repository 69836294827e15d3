using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Platform.Timing;

/// <summary>
/// The State Council's holiday notices for 2025 and 2026 (REFERENCE.md "Working-day calendar"). A year is seeded only
/// while it has no entry at all: once a year is in the table the city owns it, so a day the city changed is not
/// overwritten and a day the city removed does not come back at the next start.
/// </summary>
internal static class CalendarSeeder
{
    private const CalendarDayKind Off = CalendarDayKind.Holiday;
    private const CalendarDayKind Work = CalendarDayKind.AdjustedWorkday;

    /// <summary>One line per holiday of the notice: its days off, then its adjusted working days (调休上班).</summary>
    internal static readonly IReadOnlyList<(int Year, string Note, DateOnly[] DaysOff, DateOnly[] WorkDays)> Notices =
    [
        // 国办发明电〔2024〕12号
        (2025, "元旦", [D("2025-01-01")], []),
        (2025, "春节", Range("2025-01-28", "2025-02-04"), [D("2025-01-26"), D("2025-02-08")]),
        (2025, "清明节", Range("2025-04-04", "2025-04-06"), []),
        (2025, "劳动节", Range("2025-05-01", "2025-05-05"), [D("2025-04-27")]),
        (2025, "端午节", Range("2025-05-31", "2025-06-02"), []),
        (2025, "国庆节、中秋节", Range("2025-10-01", "2025-10-08"), [D("2025-09-28"), D("2025-10-11")]),

        // 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）
        (2026, "元旦", Range("2026-01-01", "2026-01-03"), [D("2026-01-04")]),
        (2026, "春节", Range("2026-02-15", "2026-02-23"), [D("2026-02-14"), D("2026-02-28")]),
        (2026, "清明节", Range("2026-04-04", "2026-04-06"), []),
        (2026, "劳动节", Range("2026-05-01", "2026-05-05"), [D("2026-05-09")]),
        (2026, "端午节", Range("2026-06-19", "2026-06-21"), []),
        (2026, "中秋节", Range("2026-09-25", "2026-09-27"), []),
        (2026, "国庆节", Range("2026-10-01", "2026-10-07"), [D("2026-09-20"), D("2026-10-10")]),
    ];

    internal static IEnumerable<CalendarDay> DaysOf(int year) =>
        Notices.Where(n => n.Year == year).SelectMany(n =>
            n.DaysOff.Select(d => new CalendarDay(d, Off, n.Note))
                .Concat(n.WorkDays.Select(d => new CalendarDay(d, Work, n.Note + "调休上班"))));

    public static async Task SeedAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        foreach (var year in Notices.Select(n => n.Year).Distinct())
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            if (await db.Set<CalendarDay>().AnyAsync(d => d.Date >= first && d.Date <= last, cancellationToken))
            {
                continue;
            }

            db.Set<CalendarDay>().AddRange(DaysOf(year));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateOnly D(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly[] Range(string first, string last)
    {
        var from = D(first);
        return [.. Enumerable.Range(0, D(last).DayNumber - from.DayNumber + 1).Select(from.AddDays)];
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Platform.Timing;

/// <summary>
/// Working days: Monday–Friday unless an official holiday, plus weekend days declared as adjusted working days (调休).
/// The exceptions of a year are read once and cached briefly; editing the calendar clears the cache of this
/// instance, and other instances see the change within the cache lifetime.
/// </summary>
internal sealed class WorkingDayCalendar(PlatformDbContext db, IMemoryCache cache) : IWorkingDayCalendar
{
    internal static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);

    public async Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var year = await YearAsync(date.Year, cancellationToken);
        return IsWorkingDay(date, year);
    }

    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int workingDays, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (await IsWorkingDayAsync(date, cancellationToken))
            {
                remaining--;
            }
        }

        return date;
    }

    public async Task<int> CountWorkingDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (await IsWorkingDayAsync(date, cancellationToken))
            {
                count++;
            }
        }

        return count;
    }

    public async Task<bool> IsYearCoveredAsync(int year, CancellationToken cancellationToken = default) =>
        (await YearAsync(year, cancellationToken)).Count > 0;

    public void Refresh(int year) => Invalidate(cache, year);

    internal static void Invalidate(IMemoryCache cache, int year) => cache.Remove(CacheKey(year));

    private static bool IsWorkingDay(DateOnly date, IReadOnlyDictionary<DateOnly, CalendarDayKind> exceptions)
    {
        if (exceptions.TryGetValue(date, out var kind))
        {
            return kind == CalendarDayKind.AdjustedWorkday;
        }

        return !IsWeekend(date);
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static string CacheKey(int year) => $"calendar:{year}";

    private async Task<IReadOnlyDictionary<DateOnly, CalendarDayKind>> YearAsync(int year, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey(year), out IReadOnlyDictionary<DateOnly, CalendarDayKind>? cached) && cached is not null)
        {
            return cached;
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var days = await db.Set<CalendarDay>().AsNoTracking()
            .Where(d => d.Date >= first && d.Date <= last)
            .ToDictionaryAsync(d => d.Date, d => d.Kind, cancellationToken);
        cache.Set(CacheKey(year), (IReadOnlyDictionary<DateOnly, CalendarDayKind>)days, CacheLifetime);
        return days;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PrepaidPlatform.Platform.Application;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Platform.Timing;

/// <summary>
/// The city keeps the holiday calendar (SPEC P4): the exceptions of a year, added, changed and removed one day at a time.
/// Every write clears the cached year so that deadlines counted afterwards use the new calendar at once, and tells
/// the modules (<see cref="WorkingDayCalendarChanged"/>, in the same transaction) so that deadlines already counted follow.
/// </summary>
internal sealed class CalendarService(PlatformDbContext db, IMemoryCache cache, IIntegrationEventPublisher events)
{
    internal const int NoteMaxLength = 64;

    internal sealed record Entry(DateOnly Date, CalendarDayKind Kind, string Note);

    public async Task<IReadOnlyList<Entry>> ListAsync(int year, CancellationToken cancellationToken = default)
    {
        var (first, last) = YearBounds(year);
        return await db.Set<CalendarDay>().AsNoTracking()
            .Where(d => d.Date >= first && d.Date <= last)
            .OrderBy(d => d.Date)
            .Select(d => new Entry(d.Date, d.Kind, d.Note))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The years that have at least one entry, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        var dates = await db.Set<CalendarDay>().AsNoTracking().Select(d => d.Date).ToListAsync(cancellationToken);
        return [.. dates.Select(d => d.Year).Distinct().OrderDescending()];
    }

    public async Task<EditResult> AddAsync(Entry entry, CancellationToken cancellationToken = default)
    {
        if (Validate(entry) is { } error)
        {
            return EditResult.Refused(error);
        }

        if (await db.Set<CalendarDay>().AsNoTracking().FirstOrDefaultAsync(d => d.Date == entry.Date, cancellationToken) is { } existing)
        {
            return EditResult.Refused($"{CalendarLabels.Date(entry.Date)}已在日历中（{CalendarLabels.Kind(existing.Kind)}：{existing.Note}），请修改该条目，不要重复添加。");
        }

        db.Set<CalendarDay>().Add(new CalendarDay(entry.Date, entry.Kind, entry.Note.Trim()));
        return await SaveAsync(entry.Date, cancellationToken);
    }

    public async Task<EditResult> ChangeAsync(Entry entry, CancellationToken cancellationToken = default)
    {
        if (Validate(entry) is { } error)
        {
            return EditResult.Refused(error);
        }

        var day = await db.Set<CalendarDay>().FirstOrDefaultAsync(d => d.Date == entry.Date, cancellationToken);
        if (day is null)
        {
            return NotListed(entry.Date);
        }

        day.Update(entry.Kind, entry.Note.Trim());
        return await SaveAsync(entry.Date, cancellationToken);
    }

    public async Task<EditResult> RemoveAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var day = await db.Set<CalendarDay>().FirstOrDefaultAsync(d => d.Date == date, cancellationToken);
        if (day is null)
        {
            return NotListed(date);
        }

        db.Set<CalendarDay>().Remove(day);
        return await SaveAsync(date, cancellationToken);
    }

    private static string? Validate(Entry entry)
    {
        if (!Enum.IsDefined(entry.Kind))
        {
            return "请选择类型：法定节假日或调休上班。";
        }

        if (string.IsNullOrWhiteSpace(entry.Note))
        {
            return "请填写说明，例如“春节”或“国庆节调休上班”。";
        }

        if (entry.Note.Trim().Length > NoteMaxLength)
        {
            return $"说明不能超过{NoteMaxLength}个字。";
        }

        // An adjusted working day moves work onto a weekend; on a weekday it would change nothing and is a typing error.
        // A holiday on a weekend is allowed: the notices list the whole break, weekend days included.
        if (entry.Kind == CalendarDayKind.AdjustedWorkday && !WorkingDayCalendar.IsWeekend(entry.Date))
        {
            return $"{CalendarLabels.Date(entry.Date)}是{CalendarLabels.Weekday(entry.Date)}，本来就是工作日，不能设为调休上班；调休上班只能设在周六或周日。";
        }

        return null;
    }

    private static EditResult NotListed(DateOnly date) => EditResult.Refused($"日历中没有{CalendarLabels.Date(date)}这一天，可能已被他人删除，请刷新后再试。");

    private static (DateOnly First, DateOnly Last) YearBounds(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    private async Task<EditResult> SaveAsync(DateOnly date, CancellationToken cancellationToken)
    {
        events.Publish(new WorkingDayCalendarChanged(date));
        await db.SaveChangesAsync(cancellationToken);
        WorkingDayCalendar.Invalidate(cache, date.Year);
        return EditResult.Saved;
    }
}

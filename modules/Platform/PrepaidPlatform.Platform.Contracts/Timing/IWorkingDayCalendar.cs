namespace PrepaidPlatform.Platform.Timing;

/// <summary>
/// Working days on the platform's holiday calendar (official holidays and 调休 adjusted working days),
/// counted in Asia/Shanghai. A year the city has not entered yet counts weekends only (see <see cref="IsYearCovered"/>).
/// </summary>
public interface IWorkingDayCalendar
{
    Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>The date that is <paramref name="workingDays"/> working days after <paramref name="start"/> (the start day itself not counted).</summary>
    Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int workingDays, CancellationToken cancellationToken = default);

    /// <summary>Working days in (from, to]: from excluded, to included.</summary>
    Task<int> CountWorkingDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    Task<bool> IsYearCoveredAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>
    /// Drops this instance's cached copy of <paramref name="year"/>, so the next count reads the calendar as committed:
    /// a handler of <see cref="WorkingDayCalendarChanged"/> may run on an instance other than the one that made the change.
    /// </summary>
    void Refresh(int year);
}

/// <summary>The platform's clock: UTC now, and the local date in Asia/Shanghai.</summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }

    DateOnly TodayInShanghai { get; }

    DateTimeOffset ToShanghai(DateTimeOffset utc);
}

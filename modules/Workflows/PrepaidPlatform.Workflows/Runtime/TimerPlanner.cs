using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Definitions;

namespace PrepaidPlatform.Workflows.Runtime;

/// <summary>Due times of timers: working days on the platform calendar keep the time of day in Asia/Shanghai.</summary>
internal sealed class TimerPlanner(IWorkingDayCalendar calendar, IClock clock)
{
    public async Task<DateTime> DueAsync(DateTime startUtc, int after, TimerUnit unit, CancellationToken cancellationToken)
    {
        switch (unit)
        {
            case TimerUnit.Hours:
                return startUtc.AddHours(after);
            case TimerUnit.Days:
                return startUtc.AddDays(after);
            default:
                var local = clock.ToShanghai(new DateTimeOffset(startUtc, TimeSpan.Zero));
                var date = await calendar.AddWorkingDaysAsync(DateOnly.FromDateTime(local.DateTime), after, cancellationToken);
                var dueLocal = new DateTimeOffset(date.ToDateTime(TimeOnly.FromDateTime(local.DateTime)), local.Offset);
                return dueLocal.UtcDateTime;
        }
    }
}

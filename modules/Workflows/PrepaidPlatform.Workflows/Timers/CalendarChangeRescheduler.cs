using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Runtime;

namespace PrepaidPlatform.Workflows.Timers;

/// <summary>
/// The city changed a day of the holiday calendar: every pending working-day timer whose span crosses that day is
/// counted again from its start on the new calendar, and the instance's due time (办理时限) follows. Hours and calendar
/// days do not depend on the calendar and stay. A step saved meanwhile on one of the instances fails this save on its
/// concurrency token; the outbox then retries the whole recount.
/// </summary>
internal sealed class CalendarChangeRescheduler(PlatformDbContext db, IDataFilter dataFilter, IWorkingDayCalendar calendar, TimerPlanner planner, IClock clock)
    : IIntegrationEventHandler<WorkingDayCalendarChanged>
{
    public async Task HandleAsync(WorkingDayCalendarChanged integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        // This instance may hold the year as it was before the change.
        calendar.Refresh(integrationEvent.Date.Year);

        // A span counts the days after its start date up to its due date: only spans with start < day <= due can move.
        var noon = new DateTimeOffset(integrationEvent.Date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var dayStartUtc = new DateTimeOffset(integrationEvent.Date.ToDateTime(TimeOnly.MinValue), clock.ToShanghai(noon).Offset).UtcDateTime;

        // The system's own work across districts, like the timer sweep.
        using var all = dataFilter.Disable<IMultiTenant>();
        var instances = await db.Set<WorkflowInstance>().Include(i => i.Timers)
            .Where(i => i.Status == WorkflowInstanceStatus.Running && i.Timers.Any(t =>
                t.Unit == TimerUnit.WorkingDays && t.After != null && t.StartedAtUtc < dayStartUtc && t.DueAtUtc >= dayStartUtc))
            .ToListAsync(cancellationToken);
        foreach (var instance in instances)
        {
            foreach (var timer in instance.Timers.Where(t => t.CountsWorkingDays))
            {
                timer.Reschedule(await planner.DueAsync(timer.StartedAtUtc, timer.After!.Value, TimerUnit.WorkingDays, cancellationToken));
            }

            instance.DeadlinesRescheduled();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PrepaidPlatform.Platform.Jobs;
using PrepaidPlatform.Reporting.Application;
using PrepaidPlatform.Reporting.Application.Dishonest;

namespace PrepaidPlatform.Reporting.Jobs;

/// <summary>
/// The reminders of 数据填报 (SPEC R5), once a day at 08:00 Beijing time and once at each start. It schedules its own
/// next run under one key in the persistent job store (a run missed while no host was up fires when one is); what it
/// sends is guarded by <see cref="Domain.ReportReminder"/>'s unique rows, so restarts and a second host never send twice.
/// </summary>
internal sealed class ReportReminderJob(IServiceScopeFactory scopeFactory) : SingletonTenantJob(scopeFactory)
{
    public const string Key = "reporting-reminders";

    protected override async Task ExecuteAsync(TenantJobContext context)
    {
        var services = context.Services;
        try
        {
            await services.GetRequiredService<ReportReminders>().RunAsync(context.CancellationToken);
            // The 严重失信主体's monthly and half-year duties, on the same daily run and the same once-only rows.
            await services.GetRequiredService<DishonestReminders>().RunAsync(context.CancellationToken);
        }
        finally
        {
            if (!services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
            {
                await services.GetRequiredService<IBackgroundJobScheduler>()
                    .ScheduleNextRunAsync<ReportReminderJob>(NextRun(DateTimeOffset.UtcNow), Key, CancellationToken.None);
            }
        }
    }

    /// <summary>08:00 Beijing time (UTC+8, no daylight saving) after <paramref name="utcNow"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset utcNow)
    {
        // Quartz runs on the wall clock, whatever clock the application uses.
        var local = utcNow.ToOffset(TimeSpan.FromHours(8));
        var run = new DateTimeOffset(local.Date.AddHours(8), local.Offset);
        return (run <= local ? run.AddDays(1) : run).ToUniversalTime();
    }
}

/// <summary>Puts the reminder run into the job store at start (replacing the pending run under the same key); it runs once now.</summary>
internal sealed class ReportReminderStarter(IBackgroundJobScheduler scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        scheduler.ScheduleAsync<ReportReminderJob>(null, DateTimeOffset.UtcNow, null, ReportReminderJob.Key, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

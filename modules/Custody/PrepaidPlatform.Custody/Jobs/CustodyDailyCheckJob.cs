using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Platform.Jobs;

namespace PrepaidPlatform.Custody.Jobs;

/// <summary>
/// The daily custody check (SPEC C3, C4): re-evaluates every supervised operator once a day, so that a 履约保证保险 policy
/// that expired overnight or a changed rule profile opens a 存管不足 episode (with its message and SMS) although no
/// statement arrived. The page evaluates policies at read time anyway; this job is what turns an expiry into an alert.
/// It schedules its own next run under one key in the persistent store, so a cluster runs it once.
/// </summary>
internal sealed class CustodyDailyCheckJob(IServiceScopeFactory scopeFactory) : SingletonTenantJob(scopeFactory)
{
    public const string Key = "custody-daily-check";

    protected override async Task ExecuteAsync(TenantJobContext context)
    {
        var services = context.Services;
        try
        {
            await services.GetRequiredService<CustodyCompliance>().ReevaluateAllAsync(context.CancellationToken);
        }
        finally
        {
            if (!services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
            {
                await services.GetRequiredService<IBackgroundJobScheduler>()
                    .ScheduleNextRunAsync<CustodyDailyCheckJob>(NextRun(DateTimeOffset.UtcNow), Key, CancellationToken.None);
            }
        }
    }

    /// <summary>00:10 Beijing time (UTC+8, no daylight saving) after <paramref name="utcNow"/>: just after a policy's last day ends.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset utcNow)
    {
        // Quartz runs on the wall clock, whatever clock the application uses.
        var local = utcNow.ToOffset(TimeSpan.FromHours(8));
        var run = new DateTimeOffset(local.Date.AddMinutes(10), local.Offset);
        return (run <= local ? run.AddDays(1) : run).ToUniversalTime();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Jobs;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Auditing;

/// <summary>
/// Drops audit days older than <see cref="PlatformSettings.AuditRetentionDays"/> (never fewer than 180): data changes and
/// their chain heads by chain day, so every day that remains still verifies from its first row; requests by time.
/// It schedules its own next run (00:30 Beijing time) under one key in the persistent store, so a cluster runs it once.
/// </summary>
internal sealed class AuditRetentionJob(IServiceScopeFactory scopeFactory) : SingletonTenantJob(scopeFactory)
{
    public const string Key = "audit-retention";

    protected override async Task ExecuteAsync(TenantJobContext context)
    {
        var services = context.Services;
        try
        {
            await PruneAsync(services, context.CancellationToken);
        }
        finally
        {
            if (!services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
            {
                await services.GetRequiredService<IBackgroundJobScheduler>()
                    .ScheduleNextRunAsync<AuditRetentionJob>(NextRun(DateTimeOffset.UtcNow), Key, CancellationToken.None);
            }
        }
    }

    /// <summary>The first day kept; everything before it is deleted. Returns that day.</summary>
    public static async Task<DateOnly> PruneAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var days = await services.GetRequiredService<ISettingProvider>().GetIntAsync(PlatformSettings.AuditRetentionDays, cancellationToken);
        var clock = services.GetRequiredService<IClock>();
        var firstKept = clock.TodayInShanghai.AddDays(-Math.Max(days, PlatformSettings.MinimumAuditRetentionDays) + 1);
        var firstKeptUtc = TimeZoneInfo.ConvertTimeToUtc(firstKept.ToDateTime(TimeOnly.MinValue), PlatformClock.Shanghai);
        var db = services.GetRequiredService<PlatformDbContext>();
        await db.Set<EntityChangeRecord>().IgnoreQueryFilters().Where(r => r.ChainDay < firstKept).ExecuteDeleteAsync(cancellationToken);
        await db.Set<AuditChainHead>().Where(h => h.Day < firstKept).ExecuteDeleteAsync(cancellationToken);
        await db.Set<RequestAuditRecord>().IgnoreQueryFilters().Where(r => r.TimeUtc < firstKeptUtc).ExecuteDeleteAsync(cancellationToken);
        return firstKept;
    }

    /// <summary>00:30 Beijing time (UTC+8, no daylight saving) after <paramref name="utcNow"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset utcNow)
    {
        // Quartz runs on the wall clock, whatever clock the application uses.
        var local = utcNow.ToOffset(TimeSpan.FromHours(8));
        var run = new DateTimeOffset(local.Date.AddMinutes(30), local.Offset);
        return (run <= local ? run.AddDays(1) : run).ToUniversalTime();
    }
}

/// <summary>Puts the retention job into the job store at start (replacing the pending run under the same key); it runs once now.</summary>
internal sealed class AuditRetentionStarter(IBackgroundJobScheduler scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        scheduler.ScheduleAsync<AuditRetentionJob>(null, DateTimeOffset.UtcNow, null, AuditRetentionJob.Key, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

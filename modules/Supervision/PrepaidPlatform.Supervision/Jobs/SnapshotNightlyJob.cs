using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PrepaidPlatform.Platform.Jobs;
using PrepaidPlatform.Supervision.Application;

namespace PrepaidPlatform.Supervision.Jobs;

/// <summary>The nightly refresh of the current quarter's snapshot; it schedules its own next run under one key.</summary>
internal sealed class SnapshotNightlyJob(IServiceScopeFactory scopeFactory) : SingletonTenantJob(scopeFactory)
{
    public const string Key = "supervision-nightly";

    public const string Trigger = "每日统计";

    protected override async Task ExecuteAsync(TenantJobContext context)
    {
        var services = context.Services;
        try
        {
            await services.GetRequiredService<SnapshotRefresh>().RefreshAsync(Trigger, context.CancellationToken);
        }
        finally
        {
            if (!services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
            {
                await services.GetRequiredService<IBackgroundJobScheduler>()
                    .ScheduleAsync<SnapshotNightlyJob>(null, NextRun(DateTimeOffset.UtcNow), null, Key, CancellationToken.None);
            }
        }
    }

    /// <summary>02:30 Beijing time after <paramref name="utcNow"/>: after Custody's daily check (00:10) and CreditRisk's recompute (01:30).</summary>
    public static DateTimeOffset NextRun(DateTimeOffset utcNow)
    {
        var local = utcNow.ToOffset(TimeSpan.FromHours(8));
        var run = new DateTimeOffset(local.Date.AddMinutes(150), local.Offset);
        return (run <= local ? run.AddDays(1) : run).ToUniversalTime();
    }
}

/// <summary>Puts the nightly run into the job store at start (replacing the pending one under the same key).</summary>
internal sealed class SnapshotNightlyStarter(IBackgroundJobScheduler scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        scheduler.ScheduleAsync<SnapshotNightlyJob>(null, SnapshotNightlyJob.NextRun(DateTimeOffset.UtcNow), null, SnapshotNightlyJob.Key, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

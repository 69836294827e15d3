using Microsoft.Extensions.Hosting;
using PrepaidPlatform.Platform.Jobs;

namespace PrepaidPlatform.Custody.Jobs;

/// <summary>Puts the daily check into the job store at start (replacing the pending run under the same key); it runs once now.</summary>
internal sealed class CustodyDailyCheckStarter(IBackgroundJobScheduler scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        scheduler.ScheduleAsync<CustodyDailyCheckJob>(null, DateTimeOffset.UtcNow, null, CustodyDailyCheckJob.Key, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

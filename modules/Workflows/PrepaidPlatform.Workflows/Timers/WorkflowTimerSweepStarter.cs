using Microsoft.Extensions.Hosting;
using PrepaidPlatform.Platform.Jobs;

namespace PrepaidPlatform.Workflows.Timers;

/// <summary>Puts the sweep into the job store at start (replacing the pending run under the same key), after the migrations ran.</summary>
internal sealed class WorkflowTimerSweepStarter(IBackgroundJobScheduler scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        scheduler.ScheduleAsync<WorkflowTimerSweepJob>(null, DateTimeOffset.UtcNow, null, WorkflowTimerSweepJob.Key, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

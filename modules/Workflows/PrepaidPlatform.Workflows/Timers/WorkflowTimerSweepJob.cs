using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Platform.Jobs;

namespace PrepaidPlatform.Workflows.Timers;

/// <summary>
/// The Quartz job that drives workflow timers: it sweeps, then schedules its own next run under the same key. The
/// timers themselves are rows written with the step that started them (so a rolled-back step leaves none and a
/// left state cancels them in the same transaction); the job and its next run live in the persistent job store,
/// so the sweep resumes after a restart, on one instance of the cluster at a time.
/// </summary>
internal sealed class WorkflowTimerSweepJob(IServiceScopeFactory scopeFactory) : SingletonTenantJob(scopeFactory)
{
    public const string Key = "workflow-timer-sweep";

    protected override async Task ExecuteAsync(TenantJobContext context)
    {
        var services = context.Services;
        try
        {
            await services.GetRequiredService<WorkflowTimerSweeper>().SweepAsync(context.CancellationToken);
        }
        finally
        {
            // A host that is stopping schedules no more (its scheduler is shutting down); the next start schedules the sweep again.
            if (!services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
            {
                await ScheduleNextAsync(services);
            }
        }
    }

    private static async Task ScheduleNextAsync(IServiceProvider services)
    {
        // Quartz runs on the wall clock, whatever clock the application uses.
        var next = DateTimeOffset.UtcNow + services.GetRequiredService<IOptions<WorkflowTimerOptions>>().Value.TimerSweepInterval;
        await services.GetRequiredService<IBackgroundJobScheduler>().ScheduleNextRunAsync<WorkflowTimerSweepJob>(next, Key, CancellationToken.None);
    }
}

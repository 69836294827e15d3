using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Jobs;

namespace PrepaidPlatform.Host.Tests.Jobs;

/// <summary>
/// A daily job's shape: records its run, waits while the recorder holds it, then schedules its own next run an hour
/// on (or a second on, when the run's label asks for it). Counts how many of its runs overlap.
/// </summary>
internal sealed class SelfReschedulingJob(IServiceScopeFactory scopeFactory, JobRecorder recorder) : SingletonTenantJob(scopeFactory)
{
    protected override async Task ExecuteAsync(TenantJobContext context)
    {
        var label = context.Key;
        using var running = recorder.Enter();
        recorder.Record(new JobRun(label, null, context.Key));
        await recorder.Held.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var next = label.StartsWith("soon", StringComparison.Ordinal) && recorder.RunsOf(label).Count == 1 ? TimeSpan.FromSeconds(1) : TimeSpan.FromHours(1);
        await context.Services.GetRequiredService<IBackgroundJobScheduler>()
            .ScheduleNextRunAsync<SelfReschedulingJob>(DateTimeOffset.UtcNow.Add(next), context.Key, CancellationToken.None);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PrepaidPlatform.Platform.Jobs;
using PrepaidPlatform.Supervision.Application.Warnings;

namespace PrepaidPlatform.Supervision.Jobs;

/// <summary>The weekly closure-risk computation; it schedules its own next run under one key.</summary>
internal sealed class ClosureWarningWeeklyJob(IServiceScopeFactory scopeFactory) : SingletonTenantJob(scopeFactory)
{
    public const string Key = "supervision-closure-weekly";

    public const string Trigger = "每周计算";

    protected override async Task ExecuteAsync(TenantJobContext context)
    {
        var services = context.Services;
        try
        {
            await services.GetRequiredService<ClosureWarningComputation>().ComputeAsync(Trigger, context.CancellationToken);
        }
        finally
        {
            if (!services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
            {
                await services.GetRequiredService<IBackgroundJobScheduler>()
                    .ScheduleNextRunAsync<ClosureWarningWeeklyJob>(NextRun(DateTimeOffset.UtcNow), Key, CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Monday 03:30 Beijing time after <paramref name="utcNow"/>: after the nightly snapshot (02:30) and CreditRisk's
    /// recompute (01:30), so the week starts with last week's complaints, statements and records in.
    /// </summary>
    public static DateTimeOffset NextRun(DateTimeOffset utcNow)
    {
        var local = utcNow.ToOffset(TimeSpan.FromHours(8));
        var monday = local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7));
        var run = new DateTimeOffset(monday.AddMinutes(210), local.Offset);
        return (run <= local ? run.AddDays(7) : run).ToUniversalTime();
    }
}

/// <summary>Puts the weekly run into the job store at start, keeping a sooner one already pending.</summary>
internal sealed class ClosureWarningWeeklyStarter(IBackgroundJobScheduler scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        scheduler.ScheduleNextRunAsync<ClosureWarningWeeklyJob>(ClosureWarningWeeklyJob.NextRun(DateTimeOffset.UtcNow), ClosureWarningWeeklyJob.Key, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.Platform.Jobs;

namespace PrepaidPlatform.CreditRisk.Jobs;

/// <summary>
/// The nightly recompute (issue 17 · 2): every operator's code, set-based, so that facts that change with the days (存管不足天数,
/// 90天投诉, a record's end date) move the codes without an event. It schedules its own next run under one key.
/// </summary>
internal sealed class RiskCodeNightlyJob(IServiceScopeFactory scopeFactory) : SingletonTenantJob(scopeFactory)
{
    public const string Key = "creditrisk-nightly";

    protected override async Task ExecuteAsync(TenantJobContext context)
    {
        var services = context.Services;
        try
        {
            await services.GetRequiredService<RiskCodes>().RecomputeAllAsync("每日重算", context.CancellationToken);
        }
        finally
        {
            if (!services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
            {
                await services.GetRequiredService<IBackgroundJobScheduler>()
                    .ScheduleNextRunAsync<RiskCodeNightlyJob>(NextRun(DateTimeOffset.UtcNow), Key, CancellationToken.None);
            }
        }
    }

    /// <summary>01:30 Beijing time after <paramref name="utcNow"/>: after Custody's daily check (00:10) has published its flips.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset utcNow)
    {
        var local = utcNow.ToOffset(TimeSpan.FromHours(8));
        var run = new DateTimeOffset(local.Date.AddMinutes(90), local.Offset);
        return (run <= local ? run.AddDays(1) : run).ToUniversalTime();
    }
}

/// <summary>Puts the nightly run into the job store at start, at its next 01:30 (replacing the pending one under the same key).</summary>
internal sealed class RiskCodeNightlyStarter(IBackgroundJobScheduler scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        scheduler.ScheduleAsync<RiskCodeNightlyJob>(null, RiskCodeNightlyJob.NextRun(DateTimeOffset.UtcNow), null, RiskCodeNightlyJob.Key, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

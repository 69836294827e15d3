using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PrepaidPlatform.Platform.Jobs;

namespace PrepaidPlatform.Platform.Caching;

/// <summary>A module's kind of <see cref="PublicView"/>: which keys exist, and how a chunk of them is built and stored.</summary>
public interface IPublicViewSource
{
    string Kind { get; }

    /// <summary>The keys after <paramref name="after"/> in ordinal order, at most <paramref name="count"/>.</summary>
    Task<IReadOnlyList<string>> KeysAfterAsync(string? after, int count, CancellationToken cancellationToken);

    /// <summary>Builds and stores the views of those <paramref name="keys"/> not current (<see cref="PublicViewStore.BuildAsync{T}"/>).</summary>
    Task<int> BuildAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);
}

/// <summary>
/// The eager build of the public views: every source's keys, a page at a time in a scope of its own, so a random scan
/// finds its row (at start, after midnight when yesterday's rows stopped answering, after a change of many).
/// </summary>
public sealed class PublicViewBuild(IServiceScopeFactory scopeFactory, ILogger<PublicViewBuild> logger)
{
    private const int KeysPerScope = 1000;

    /// <summary>Builds every source's missing and stale rows; returns how many it wrote.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var written = 0;
        List<string> kinds;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            kinds = scope.ServiceProvider.GetServices<IPublicViewSource>().Select(s => s.Kind).ToList();
        }

        foreach (var kind in kinds)
        {
            string? after = null;
            while (!cancellationToken.IsCancellationRequested)
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var source = scope.ServiceProvider.GetServices<IPublicViewSource>().Single(s => s.Kind == kind);
                var keys = await source.KeysAfterAsync(after, KeysPerScope, cancellationToken);
                if (keys.Count == 0)
                {
                    break;
                }

                written += await source.BuildAsync(keys, cancellationToken);
                after = keys[^1];
            }
        }

        logger.LogInformation("Public views built: {Written} rows in {Seconds:F1} s", written, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        return written;
    }
}

/// <summary>Runs <see cref="PublicViewBuild"/> under one key in the cluster, then schedules itself for 00:05 Beijing time.</summary>
internal sealed class PublicViewBuildJob(IServiceScopeFactory scopeFactory) : SingletonTenantJob(scopeFactory)
{
    public const string Key = "public-view-build";

    protected override async Task ExecuteAsync(TenantJobContext context)
    {
        var services = context.Services;
        try
        {
            await services.GetRequiredService<PublicViewBuild>().RunAsync(context.CancellationToken);
        }
        finally
        {
            if (!services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
            {
                await services.GetRequiredService<IBackgroundJobScheduler>()
                    .ScheduleNextRunAsync<PublicViewBuildJob>(NextRun(DateTimeOffset.UtcNow), Key, CancellationToken.None);
            }
        }
    }

    /// <summary>00:05 Beijing time (UTC+8) after <paramref name="utcNow"/>: yesterday's rows answer no more from 00:00.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset utcNow)
    {
        var local = utcNow.ToOffset(TimeSpan.FromHours(8));
        var run = new DateTimeOffset(local.Date.AddMinutes(5), local.Offset);
        return (run <= local ? run.AddDays(1) : run).ToUniversalTime();
    }
}

/// <summary>Puts the build into the job store at start (setting <c>PublicViews:BuildAtStart</c>, default on); it runs once now.</summary>
internal sealed class PublicViewBuildStarter(IBackgroundJobScheduler scheduler, IConfiguration configuration) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        configuration.GetValue("PublicViews:BuildAtStart", true)
            ? scheduler.ScheduleAsync<PublicViewBuildJob>(null, DateTimeOffset.UtcNow, null, PublicViewBuildJob.Key, cancellationToken)
            : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

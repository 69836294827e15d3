using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Jobs;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Jobs;

// The scheduler runs on the wall clock (Quartz's own timers), so run times here are real ones, not the factory's FakeTimeProvider.
public sealed class BackgroundJobTests(JobsFactory factory) : IClassFixture<JobsFactory>
{
    [Fact]
    public async Task A_job_scheduled_before_a_restart_runs_after_it_on_the_same_database()
    {
        using var database = TestDatabase.Create();
        var label = "restart-" + Guid.NewGuid().ToString("N")[..8];
        DateTimeOffset runAt, stopping;
        JobsFactory first;
        await using (first = JobsFactory.On(database))
        {
            _ = first.Services;
            runAt = DateTimeOffset.UtcNow.AddSeconds(8);
            await first.InScopeAsync(sp => sp.GetRequiredService<IBackgroundJobScheduler>()
                .ScheduleAsync<RecordingJob>(new RecordingJobArgs(label), runAt, tenantId: null, key: label));
            stopping = DateTimeOffset.UtcNow;
        }

        var stopped = DateTimeOffset.UtcNow;

        first.Recorder.Runs.ShouldBeEmpty();
        // Only meaningful if the first host really stopped before the run time.
        DateTimeOffset.UtcNow.ShouldBeLessThan(runAt, $"the first host took {(stopped - stopping).TotalSeconds:0.0}s to stop; the test proves nothing");

        await using var second = JobsFactory.On(database);
        _ = second.Services;
        var runs = await Poller.UntilAsync(() => second.Recorder.RunsOf(label), r => r.Count > 0, "the job to run on the restarted host", TimeSpan.FromSeconds(60));
        runs.Single().Key.ShouldBe(label);
        DateTimeOffset.UtcNow.ShouldBeGreaterThanOrEqualTo(runAt);
    }

    [Fact]
    public async Task A_job_runs_inside_the_district_it_was_scheduled_for()
    {
        var haidian = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<Tenant>().Where(t => t.Name == "海淀区").Select(t => t.Id).SingleAsync());
        var label = "tenant-" + Guid.NewGuid().ToString("N")[..8];

        await factory.InScopeAsync(sp => sp.GetRequiredService<IBackgroundJobScheduler>()
            .ScheduleAsync<RecordingJob>(new RecordingJobArgs(label), DateTimeOffset.UtcNow, haidian));

        var runs = await Poller.UntilAsync(() => factory.Recorder.RunsOf(label), r => r.Count > 0, "the job to run");
        runs.Single().TenantId.ShouldBe(haidian);
    }

    [Fact]
    public async Task A_cancelled_job_does_not_run()
    {
        var cancelled = "cancelled-" + Guid.NewGuid().ToString("N")[..8];
        var later = "later-" + Guid.NewGuid().ToString("N")[..8];
        await factory.InScopeAsync(async sp =>
        {
            var scheduler = sp.GetRequiredService<IBackgroundJobScheduler>();
            await scheduler.ScheduleAsync<RecordingJob>(new RecordingJobArgs(cancelled), DateTimeOffset.UtcNow.AddSeconds(2), tenantId: null, key: cancelled);
            await scheduler.ScheduleAsync<RecordingJob>(new RecordingJobArgs(later), DateTimeOffset.UtcNow.AddSeconds(3), tenantId: null, key: later);
            (await scheduler.CancelAsync<RecordingJob>(cancelled)).ShouldBeTrue();
            (await scheduler.CancelAsync<RecordingJob>(cancelled)).ShouldBeFalse();
        });

        // The job due after the cancelled one has run, so the cancelled one would have run by now.
        await Poller.UntilAsync(() => factory.Recorder.RunsOf(later), r => r.Count > 0, "the later job to run");
        factory.Recorder.RunsOf(cancelled).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_scheduler_checks_in_with_the_cluster_on_MySql_and_runs_alone_on_SQLite()
    {
        // Clustered instances record a check-in row per instance so the others can take over its jobs when it dies.
        var name = PlatformFactory.SchedulerNameFor(factory.Database.ConnectionString);
        Task<List<int>> CheckInsAsync() => factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = {0}", name).ToListAsync());

        if (TestDatabase.IsMySql)
        {
            await Poller.UntilAsync(CheckInsAsync, c => c.Single() == 1, "the instance to check in with the cluster");
        }
        else
        {
            (await CheckInsAsync()).Single().ShouldBe(0);
        }
    }

    [Fact]
    public async Task Two_hosts_in_one_process_each_run_their_own_jobs()
    {
        // Quartz shares schedulers process-wide by name; two hosts on different databases must not end up on one.
        var mine = "mine-" + Guid.NewGuid().ToString("N")[..8];
        var theirs = "theirs-" + Guid.NewGuid().ToString("N")[..8];
        await using var other = new JobsFactory();
        _ = other.Services;

        await factory.InScopeAsync(sp => sp.GetRequiredService<IBackgroundJobScheduler>()
            .ScheduleAsync<RecordingJob>(new RecordingJobArgs(mine), DateTimeOffset.UtcNow, tenantId: null, key: mine));
        await other.InScopeAsync(sp => sp.GetRequiredService<IBackgroundJobScheduler>()
            .ScheduleAsync<RecordingJob>(new RecordingJobArgs(theirs), DateTimeOffset.UtcNow, tenantId: null, key: theirs));

        await Poller.UntilAsync(() => other.Recorder.RunsOf(theirs), r => r.Count > 0, "the other host's job to run on the other host");
        await Poller.UntilAsync(() => factory.Recorder.RunsOf(mine), r => r.Count > 0, "this host's job to run on this host");
        factory.Recorder.RunsOf(theirs).ShouldBeEmpty();
        other.Recorder.RunsOf(mine).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_run_asked_for_while_a_daily_job_runs_is_not_pushed_back_by_the_next_run_it_schedules()
    {
        // One scheduler thread: the run asked for waits in the store until the held run has scheduled its next one,
        // which before ScheduleNextRunAsync replaced it with a run an hour away (a restart's reminders, lost).
        await using var host = JobsFactory.OneAtATime();
        var (scheduler, key) = await AHeldDailyRunAsync(host);

        await scheduler.ScheduleAsync<SelfReschedulingJob>(null, DateTimeOffset.UtcNow, null, key);
        host.Recorder.Held.SetResult();

        await Poller.UntilAsync(() => host.Recorder.RunsOf(key), r => r.Count == 2, "the run asked for during the first");
    }

    [Fact]
    public async Task A_run_asked_for_while_a_daily_job_runs_waits_for_that_run_on_a_scheduler_with_threads_to_spare()
    {
        // The starter's run at start and a "run now" overlapped: both read the same state and both acted on it (the
        // custody daily check opened two 存管不足 episodes for one operator, with two SMS).
        await using var host = new JobsFactory();
        var (scheduler, key) = await AHeldDailyRunAsync(host);

        await scheduler.ScheduleAsync<SelfReschedulingJob>(null, DateTimeOffset.UtcNow, null, key);
        // Time for a second run to start beside the held one, as it did before the job was a singleton.
        await Task.Delay(TimeSpan.FromSeconds(3));
        host.Recorder.RunsOf(key).Count.ShouldBe(1);
        host.Recorder.Held.SetResult();

        await Poller.UntilAsync(() => host.Recorder.RunsOf(key), r => r.Count == 2, "the run asked for, once the first ended");
        host.Recorder.MostAtOnce.ShouldBe(1);
    }

    [Fact]
    public async Task A_daily_job_schedules_its_next_run_from_inside_its_run()
    {
        // The trigger that fired the run is still stored while it runs: it must not count as a sooner pending run.
        var key = "soon-" + Guid.NewGuid().ToString("N")[..8];
        await factory.InScopeAsync(sp => sp.GetRequiredService<IBackgroundJobScheduler>()
            .ScheduleAsync<SelfReschedulingJob>(null, DateTimeOffset.UtcNow, null, key));

        await Poller.UntilAsync(() => factory.Recorder.RunsOf(key), r => r.Count == 2, "the next run the first one scheduled a second on");
    }

    /// <summary>A daily job's run, started and held mid-run until the test sets the recorder's <c>Held</c>.</summary>
    private static async Task<(IBackgroundJobScheduler Scheduler, string Key)> AHeldDailyRunAsync(JobsFactory host)
    {
        var key = "daily-" + Guid.NewGuid().ToString("N")[..8];
        host.Recorder.Held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var scheduler = host.Services.GetRequiredService<IBackgroundJobScheduler>();
        await scheduler.ScheduleAsync<SelfReschedulingJob>(null, DateTimeOffset.UtcNow, null, key);
        await Poller.UntilAsync(() => host.Recorder.RunsOf(key), r => r.Count == 1, "the first run to start");
        return (scheduler, key);
    }
}

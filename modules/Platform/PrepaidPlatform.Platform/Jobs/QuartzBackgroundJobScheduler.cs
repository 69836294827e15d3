using Quartz;

namespace PrepaidPlatform.Platform.Jobs;

/// <summary>
/// One job and one single-shot trigger per scheduled run, both named by the key and grouped by the job type, so a
/// key is unique per job type and cancelling deletes both. Rows live in the QRTZ_* tables of the platform database.
/// </summary>
internal sealed class QuartzBackgroundJobScheduler(ISchedulerFactory schedulerFactory) : IBackgroundJobScheduler
{
    // ScheduleNextRunAsync reads the key's trigger and then replaces it; a run asked for in between (the city's
    // "run now" as a run ends) was lost. Serialised within the process; across instances the window stays.
    private static readonly SemaphoreSlim KeyWrites = new(1, 1);

    public async Task<string> ScheduleAsync<TJob>(object? args, DateTimeOffset runAt, Guid? tenantId, string? key = null, CancellationToken cancellationToken = default)
        where TJob : class
    {
        await KeyWrites.WaitAsync(cancellationToken);
        try
        {
            return await ScheduleCoreAsync<TJob>(args, runAt, tenantId, key, cancellationToken);
        }
        finally
        {
            KeyWrites.Release();
        }
    }

    private async Task<string> ScheduleCoreAsync<TJob>(object? args, DateTimeOffset runAt, Guid? tenantId, string? key, CancellationToken cancellationToken)
        where TJob : class
    {
        var jobKey = KeyOf<TJob>(key ?? Guid.NewGuid().ToString("N"));
        var data = new JobDataMap();
        if (tenantId is { } tenant)
        {
            data.Add(TenantJob.TenantIdKey, tenant.ToString());
        }

        if (TenantJob.SerializeArgs(args) is { } json)
        {
            data.Add(TenantJob.ArgsKey, json);
        }

        var job = JobBuilder.Create()
            .OfType(typeof(TJob))
            .WithIdentity(jobKey)
            .UsingJobData(data)
            // Recovered on another instance when the one running it dies mid-run (clustered store).
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(jobKey.Name, jobKey.Group)
            .ForJob(jobKey)
            .StartAt(runAt)
            .UsingJobData(TenantJob.FiringIdKey, Guid.NewGuid().ToString("N"))
            // A run missed while no instance was up still happens once, as soon as one is.
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
        return jobKey.Name;
    }

    public async Task<string> ScheduleNextRunAsync<TJob>(DateTimeOffset runAt, string key, CancellationToken cancellationToken = default)
        where TJob : class
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var jobKey = KeyOf<TJob>(key);
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await KeyWrites.WaitAsync(cancellationToken);
        try
        {
            // The trigger that fired this run stays stored while the run lasts (and Quartz calls it executing); another
            // under the key was scheduled since, to run sooner or on another node now.
            var pending = await scheduler.GetTrigger(new TriggerKey(jobKey.Name, jobKey.Group), cancellationToken);
            if (pending is not null && pending.StartTimeUtc < runAt
                && pending.JobDataMap.GetString(TenantJob.FiringIdKey) is { } firing && firing != TenantJob.CurrentFiringId)
            {
                return key;
            }

            return await ScheduleCoreAsync<TJob>(null, runAt, null, key, cancellationToken);
        }
        finally
        {
            KeyWrites.Release();
        }
    }

    public async Task<bool> CancelAsync<TJob>(string key, CancellationToken cancellationToken = default)
        where TJob : class
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        return await scheduler.DeleteJob(KeyOf<TJob>(key), cancellationToken);
    }

    private static JobKey KeyOf<TJob>(string key)
    {
        if (!typeof(TenantJob).IsAssignableFrom(typeof(TJob)) || typeof(TJob).IsAbstract)
        {
            throw new ArgumentException($"{typeof(TJob).FullName} is not a concrete {nameof(TenantJob)}.", nameof(TJob));
        }

        return new JobKey(key, typeof(TJob).FullName!);
    }
}

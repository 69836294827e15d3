namespace PrepaidPlatform.Platform.Jobs;

/// <summary>
/// Schedules work to run later, persistently: a scheduled job survives a restart and runs once on one instance of
/// the cluster, inside the tenant it was scheduled for (ABP's job args that carry their tenant). Run times are wall-clock
/// times. Scheduling commits on its own, not with the caller's database transaction: a job whose cause may still roll
/// back is scheduled from an integration event handler, or its body re-checks the state it acts on.
/// </summary>
public interface IBackgroundJobScheduler
{
    /// <summary>
    /// Runs <typeparamref name="TJob"/> (a <c>TenantJob</c> of the Platform module) at <paramref name="runAt"/> with
    /// <paramref name="args"/> serialized as JSON. A <paramref name="key"/> names the job so it can be cancelled or
    /// rescheduled: scheduling the same job type under the same key replaces the earlier one.
    /// </summary>
    /// <returns>The key of the scheduled job (a new one when none was given).</returns>
    Task<string> ScheduleAsync<TJob>(object? args, DateTimeOffset runAt, Guid? tenantId, string? key = null, CancellationToken cancellationToken = default)
        where TJob : class;

    /// <summary>
    /// The next run of a job that schedules itself at the end of each run (a daily job): as <see cref="ScheduleAsync"/>
    /// under <paramref name="key"/> with no tenant and no arguments, except that a run pending under the key that
    /// comes sooner (one asked for while this one ran: a restart's run, a 重新统计) is kept rather than pushed back.
    /// </summary>
    Task<string> ScheduleNextRunAsync<TJob>(DateTimeOffset runAt, string key, CancellationToken cancellationToken = default)
        where TJob : class;

    /// <summary>Removes the job of that type and key if it has not run yet; <c>false</c> when there was none.</summary>
    Task<bool> CancelAsync<TJob>(string key, CancellationToken cancellationToken = default)
        where TJob : class;
}

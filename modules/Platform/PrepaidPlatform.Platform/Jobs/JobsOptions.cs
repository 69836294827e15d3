namespace PrepaidPlatform.Platform.Jobs;

/// <summary>Section <c>Jobs</c>: the Quartz scheduler of the platform.</summary>
internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Instances sharing one database and this name form one cluster (SCHED_NAME in the QRTZ_* tables).</summary>
    public string SchedulerName { get; set; } = "PrepaidPlatform";

    /// <summary>Clustered store (row locks, check-in, fail-over). Empty: on for MySql, where N instances share the database; off for the embedded SQLite.</summary>
    public bool? Clustered { get; set; }

    /// <summary>Jobs run at the same time on one instance.</summary>
    public int MaxConcurrency { get; set; } = 4;
}

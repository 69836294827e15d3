namespace PrepaidPlatform.Workflows.Timers;

/// <summary>Section <c>Workflows</c>.</summary>
internal sealed class WorkflowTimerOptions
{
    public const string Section = "Workflows";

    /// <summary>How often the timer sweep looks for due timers. Deadlines are in working days, so a minute is precise enough.</summary>
    public TimeSpan TimerSweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    public int TimerSweepBatchSize { get; set; } = 100;
}

namespace PrepaidPlatform.Platform.Events;

/// <summary>Section <c>Outbox</c>: how the dispatcher delivers integration events.</summary>
internal sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Fallback wake-up when no commit signalled (another instance wrote the rows, or a retry fell due).</summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 50;

    /// <summary>After this many failed deliveries the message is marked Failed and left for operations.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Wait before the first retry; each further retry waits twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a claimed message stays with the instance that claimed it; after that (a crash) another instance may take it.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);

    internal TimeSpan RetryDelay(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Max(0, failedAttempts - 1));
        var delay = FirstRetryDelay.TotalMilliseconds * factor;
        return delay >= MaxRetryDelay.TotalMilliseconds ? MaxRetryDelay : TimeSpan.FromMilliseconds(delay);
    }
}

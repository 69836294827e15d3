namespace PrepaidPlatform.Supervision.Domain;

/// <summary>When a quarter's snapshot was last refreshed, and by what (每日统计 or 重新统计 by a city user). City-wide: no tenant.</summary>
internal sealed class SnapshotRun
{
    public const int TriggerMaxLength = 100;

    private SnapshotRun()
    {
        Quarter = Trigger = string.Empty;
    }

    public SnapshotRun(string quarter) : this() => Quarter = quarter;

    public string Quarter { get; private set; }

    public DateTime RefreshedAtUtc { get; set; }

    /// <summary>The Beijing day the figures describe.</summary>
    public DateOnly AsOf { get; set; }

    public string Trigger { get; set; }

    public int Operators { get; set; }
}

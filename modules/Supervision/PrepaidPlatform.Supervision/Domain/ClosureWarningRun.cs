namespace PrepaidPlatform.Supervision.Domain;

/// <summary>When a week's warnings were last computed, with which threshold, and by what (每周计算 or 重新计算). City-wide: no tenant.</summary>
internal sealed class ClosureWarningRun
{
    public const int TriggerMaxLength = 100;

    private ClosureWarningRun()
    {
        Trigger = string.Empty;
    }

    public ClosureWarningRun(DateOnly week) : this() => Week = week;

    public DateOnly Week { get; private set; }

    public DateTime ComputedAtUtc { get; set; }

    public int Threshold { get; set; }

    public string Trigger { get; set; }

    /// <summary>Operators with a signal (rows written).</summary>
    public int Scored { get; set; }

    public int Warned { get; set; }

    /// <summary>Operators that crossed the threshold at this computation (messages sent).</summary>
    public int Crossed { get; set; }
}

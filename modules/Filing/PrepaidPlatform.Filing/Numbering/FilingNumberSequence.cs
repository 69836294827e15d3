namespace PrepaidPlatform.Filing.Numbering;

/// <summary>The last 备案编号 sequence handed out on one Beijing day, city-wide (numbers are unique across districts).</summary>
internal sealed class FilingNumberSequence
{
    private FilingNumberSequence()
    {
        Day = string.Empty;
    }

    /// <summary>yyyyMMdd in Asia/Shanghai.</summary>
    public string Day { get; private set; }

    public int Last { get; private set; }
}

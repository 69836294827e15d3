namespace PrepaidPlatform.Platform.Timing;

/// <summary>A date that departs from the plain weekday/weekend rule: an official holiday, or an adjusted working day (调休).</summary>
internal sealed class CalendarDay
{
    private CalendarDay()
    {
        Note = string.Empty;
    }

    public CalendarDay(DateOnly date, CalendarDayKind kind, string note)
    {
        Date = date;
        Kind = kind;
        Note = note;
    }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    /// <summary>e.g. 春节, 国庆节调休.</summary>
    public string Note { get; private set; }

    public void Update(CalendarDayKind kind, string note)
    {
        Kind = kind;
        Note = note;
    }
}

public enum CalendarDayKind
{
    /// <summary>法定节假日 / 休息日: not a working day even on a weekday.</summary>
    Holiday = 1,

    /// <summary>调休上班: a working day even on a weekend.</summary>
    AdjustedWorkday = 2,
}

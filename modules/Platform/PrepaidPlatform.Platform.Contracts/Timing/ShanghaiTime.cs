using System.Globalization;

namespace PrepaidPlatform.Platform.Timing;

/// <summary>
/// How every page shows a time: stored in UTC, shown in Asia/Shanghai through <see cref="IClock.ToShanghai"/>, and
/// one marker for a time or day that is not there (not yet submitted, no deadline, no public notice).
/// </summary>
public static class ShanghaiTime
{
    public const string None = "—";

    /// <summary>yyyy-MM-dd HH:mm: lists, journals, deadlines.</summary>
    public static string Format(this IClock clock, DateTime? utc) => Show(clock, utc, "yyyy-MM-dd HH:mm");

    /// <summary>yyyy-MM-dd HH:mm:ss: logs (audit, SMS deliveries), where events a few seconds apart must read in order.</summary>
    public static string FormatSeconds(this IClock clock, DateTime? utc) => Show(clock, utc, "yyyy-MM-dd HH:mm:ss");

    /// <summary>yyyy-MM-dd: the Beijing day an instant fell on (an upload, a deregistration).</summary>
    public static string FormatDate(this IClock clock, DateTime? utc) => Show(clock, utc, "yyyy-MM-dd");

    /// <summary>yyyy-MM-dd of a day that is already a Beijing day (a notice period's end), with the same marker when absent.</summary>
    public static string Format(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? None;

    private static string Show(IClock clock, DateTime? utc, string format) =>
        utc is { } at ? clock.ToShanghai(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc))).ToString(format, CultureInfo.InvariantCulture) : None;
}

using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Workflows.Application;

/// <summary>Times are stored in UTC and shown in Asia/Shanghai, to the minute.</summary>
internal static class ShanghaiTime
{
    public static string Format(this IClock clock, DateTime? utc) =>
        utc is { } at ? clock.ToShanghai(new DateTimeOffset(at, TimeSpan.Zero)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";
}

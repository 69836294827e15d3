namespace PrepaidPlatform.Platform.Timing;

internal sealed class PlatformClock(TimeProvider timeProvider) : IClock
{
    internal static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public DateTimeOffset UtcNow => timeProvider.GetUtcNow();

    public DateOnly TodayInShanghai => DateOnly.FromDateTime(ToShanghai(UtcNow).DateTime);

    public DateTimeOffset ToShanghai(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Shanghai);
}

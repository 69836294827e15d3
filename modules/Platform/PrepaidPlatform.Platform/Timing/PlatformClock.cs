namespace PrepaidPlatform.Platform.Timing;

/// <summary>The only reader of <see cref="TimeProvider"/> in the application: a test that swaps the provider moves every clock.</summary>
internal sealed class PlatformClock(TimeProvider timeProvider) : IClock
{
    internal static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public DateTimeOffset UtcNow => timeProvider.GetUtcNow();

    public DateOnly TodayInShanghai => DateOnly.FromDateTime(ToShanghai(UtcNow).DateTime);

    public DateTimeOffset ToShanghai(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Shanghai);
}

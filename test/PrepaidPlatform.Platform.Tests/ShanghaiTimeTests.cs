using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Tests;

/// <summary>Every page shows stored UTC times in Beijing time, with one marker for a time that is not there.</summary>
public sealed class ShanghaiTimeTests
{
    private static readonly IClock Clock = new PlatformClock(TimeProvider.System);

    // 16:30 UTC is already the next day in Beijing (UTC+8, no daylight saving).
    private static readonly DateTime LateEveningUtc = new(2026, 11, 30, 16, 30, 5, DateTimeKind.Utc);

    [Fact]
    public void A_utc_time_is_shown_in_Beijing_to_the_minute() => Clock.Format(LateEveningUtc).ShouldBe("2026-12-01 00:30");

    [Fact]
    public void A_log_time_is_shown_to_the_second() => Clock.FormatSeconds(LateEveningUtc).ShouldBe("2026-12-01 00:30:05");

    [Fact]
    public void A_date_is_the_Beijing_day() => Clock.FormatDate(LateEveningUtc).ShouldBe("2026-12-01");

    [Fact]
    public void A_time_read_back_from_the_database_without_a_kind_counts_as_utc() =>
        Clock.Format(DateTime.SpecifyKind(LateEveningUtc, DateTimeKind.Unspecified)).ShouldBe("2026-12-01 00:30");

    [Fact]
    public void A_missing_time_or_day_shows_one_marker()
    {
        Clock.Format(null).ShouldBe("—");
        Clock.FormatSeconds(null).ShouldBe("—");
        Clock.FormatDate(null).ShouldBe("—");
        ShanghaiTime.Format((DateOnly?)null).ShouldBe("—");
        ShanghaiTime.Format(new DateOnly(2026, 12, 1)).ShouldBe("2026-12-01");
    }
}

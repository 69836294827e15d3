using System.Globalization;

namespace PrepaidPlatform.Platform.Timing;

/// <summary>How a calendar day reads in the UI and in messages: 2025年10月11日 星期六 · 调休上班.</summary>
internal static class CalendarLabels
{
    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string Kind(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => "法定节假日",
        CalendarDayKind.AdjustedWorkday => "调休上班",
        _ => kind.ToString(),
    };
}

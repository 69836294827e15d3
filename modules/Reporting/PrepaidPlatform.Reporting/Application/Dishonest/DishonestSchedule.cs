using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain.Dishonest;

namespace PrepaidPlatform.Reporting.Application.Dishonest;

/// <summary>
/// 数据期限 of a 严重失信主体's duties: a number of working days on the platform calendar after the period's end, each a
/// setting of the city (the Shanghai plan names the duties, not their deadlines).
/// </summary>
internal sealed class DishonestSchedule(ISettingProvider settings, IWorkingDayCalendar calendar)
{
    public const string MonthlyWorkingDays = "Reporting.Dishonest.MonthlyWorkingDays";
    public const string HalfYearWorkingDays = "Reporting.Dishonest.HalfYearWorkingDays";

    private readonly Dictionary<DishonestPeriod, DateOnly> _known = [];

    public static void Define(ISettingDefinitionContext context)
    {
        context.Add(new SettingDefinition(MonthlyWorkingDays, "10", "严重失信主体月报期限（工作日）", "数据填报", SettingValueType.WholeNumber,
            Description: "严重失信主体每月报送上月经营信息的期限：月末后的工作日数。", Minimum: 1, Maximum: 60));
        context.Add(new SettingDefinition(HalfYearWorkingDays, "30", "严重失信主体半年度财务报表期限（工作日）", "数据填报", SettingValueType.WholeNumber,
            Description: "严重失信主体提交经审计的上一个半年度财务会计报表的期限：半年度结束后的工作日数。", Minimum: 1, Maximum: 120));
    }

    public async Task<DateOnly> DeadlineAsync(DishonestPeriod period, CancellationToken cancellationToken)
    {
        if (!_known.TryGetValue(period, out var deadline))
        {
            var days = await settings.GetIntAsync(period.Duty == DishonestDuty.Monthly ? MonthlyWorkingDays : HalfYearWorkingDays, cancellationToken);
            deadline = await calendar.AddWorkingDaysAsync(period.End, days, cancellationToken);
            _known[period] = deadline;
        }

        return deadline;
    }
}

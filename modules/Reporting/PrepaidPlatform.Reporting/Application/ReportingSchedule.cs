using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application;

/// <summary>
/// 数据期限 of a period under the rule profile in force: Beijing, the 20th working day after the quarter's end on the
/// platform's holiday calendar (填报要求 1); Shanghai, the 25th of the month after the quarter (Art. 12).
/// </summary>
internal sealed class ReportingSchedule(IRuleProfile rules, IWorkingDayCalendar calendar)
{
    public async Task<DateOnly> DeadlineAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var figures = await rules.GetAsync(cancellationToken);
        return figures.Profile == RuleProfileKind.Shanghai
            ? ReportingRules.ShanghaiDeadline(period, figures.ShanghaiQuarterlyReportDay)
            : await calendar.AddWorkingDaysAsync(period.End, figures.ReportingDeadlineWorkingDays, cancellationToken);
    }
}

using System.Globalization;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application;

/// <summary>
/// The rules of 数据填报 without the database (SPEC R1–R3, the manual's 填报要求 and 提示(1)–(3)): which periods are due,
/// their status, whether a period may be filed now, whether the figures are consistent, and the automatic return. Every
/// refusal is a specific Chinese message. Deadlines come in already computed (<see cref="ReportingSchedule"/>).
/// </summary>
internal static class ReportingRules
{
    public const int ReasonMaxLength = 500;

    /// <summary>Shanghai profile (Art. 12): due by this day of the month after the quarter (the next quarter's first month).</summary>
    public static DateOnly ShanghaiDeadline(ReportPeriod period, int day) => period.Next.Start.AddDays(day - 1);

    /// <summary>The periods from the quarter of the first approval to the last quarter that has ended before <paramref name="today"/>.</summary>
    public static IReadOnlyList<ReportPeriod> PeriodsToDate(DateOnly supervisedSince, DateOnly today)
    {
        var periods = new List<ReportPeriod>();
        for (var p = ReportPeriod.Of(supervisedSince); p.End < today; p = p.Next)
        {
            periods.Add(p);
        }

        return periods;
    }

    /// <summary>A filed report shows its own status; an unfiled period is 待填报 up to and on its deadline, 已超期 after.</summary>
    public static PeriodStatus StatusOf(ReportStatus? report, DateOnly deadline, DateOnly today) =>
        report?.ToPeriodStatus() ?? (today > deadline ? PeriodStatus.Overdue : PeriodStatus.Due);

    /// <summary>
    /// Whether <paramref name="period"/> may be filed today: 提示(3) a bound account; 提示(1) not before the quarter has
    /// ended, not before the first approval's quarter, not twice, and no earlier period left unfiled. Null when it may.
    /// </summary>
    public static string? CheckPeriod(ReportPeriod period, DateOnly supervisedSince, DateOnly today, bool hasBoundAccount, IReadOnlyDictionary<ReportPeriod, ReportStatus> filed)
    {
        ArgumentNullException.ThrowIfNull(filed);
        if (!hasBoundAccount)
        {
            return "数据填报时，须完成专用存管账户绑定：请先到【备案信息】中填写专用存管账户，备案通过后再填报。";
        }

        var first = ReportPeriod.Of(supervisedSince);
        if (period < first)
        {
            return $"{period.Name}早于首次备案通过的季度（{first.Name}），无需填报。";
        }

        if (period.End >= today)
        {
            return $"不可提前报送：{period.Name}数据自 {period.End.AddDays(1):yyyy-MM-dd} 起方可填报。";
        }

        if (filed.TryGetValue(period, out var status) && status != ReportStatus.Returned)
        {
            return $"{period.Name}数据已报送（{status.ToPeriodStatus().Label()}），不可重复报送。";
        }

        for (var p = first; p < period; p = p.Next)
        {
            if (!filed.ContainsKey(p))
            {
                return $"须按上报周期依次上报：请先补报{p.Name}数据，再报送{period.Name}数据。";
            }
        }

        return null;
    }

    /// <summary>
    /// The figures against each other and against the previous quarter's report (when there is one): 预收资金 to date is
    /// the previous to date plus 季度预收资金; the balance never exceeds the funds to date; the balance follows from the
    /// previous one (+ sales − consumption − refunds − card returns) or the operator explains the difference.
    /// </summary>
    public static IReadOnlyList<string> CheckFigures(ReportFigures figures, ReportFigures? previous, string? differenceReason)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var errors = new List<string>();
        if (previous is not null)
        {
            var expectedTotal = previous.PrepaidTotalFen + figures.QuarterPrepaidFen;
            if (figures.PrepaidTotalFen != expectedTotal)
            {
                errors.Add($"预收资金应为上季度预收资金 {Yuan(previous.PrepaidTotalFen)} 元加季度预收资金 {Yuan(figures.QuarterPrepaidFen)} 元，即 {Yuan(expectedTotal)} 元，填报为 {Yuan(figures.PrepaidTotalFen)} 元。");
            }
        }
        else if (figures.PrepaidTotalFen < figures.QuarterPrepaidFen)
        {
            errors.Add("预收资金（自经营以来截至季度末的累计售卡金额）不能小于季度预收资金。");
        }

        if (figures.BalanceFen > figures.PrepaidTotalFen)
        {
            errors.Add($"预收资金余额 {Yuan(figures.BalanceFen)} 元不能大于预收资金 {Yuan(figures.PrepaidTotalFen)} 元：余额是预收资金扣减已兑付产品或服务价款后的余额。");
        }

        var reason = differenceReason?.Trim();
        if (reason is { Length: > ReasonMaxLength })
        {
            errors.Add($"差异说明不能超过 {ReasonMaxLength} 个字。");
        }

        if (previous is not null && figures.ExpectedBalanceFrom(previous.BalanceFen) is var expected && expected != figures.BalanceFen && string.IsNullOrEmpty(reason))
        {
            errors.Add($"预收资金余额与上季度不衔接：上季度余额 {Yuan(previous.BalanceFen)} 元 + 季度预收资金 {Yuan(figures.QuarterPrepaidFen)} 元 − 季度消费金额 {Yuan(figures.QuarterConsumptionFen)} 元 − 季度退款金额 {Yuan(figures.QuarterRefundFen)} 元 − 季度退卡金额 {Yuan(figures.QuarterCardReturnFen)} 元 = {Yuan(expected)} 元，填报为 {Yuan(figures.BalanceFen)} 元。请核对，或在“差异说明”中说明原因。");
        }

        return errors;
    }

    /// <summary>
    /// 提示(2): the reason a report is returned at once when the custody at quarter end is below the required share, with
    /// the figures ("存管金额 119,900.00 元，低于预收资金余额 345,100.00 元的 40%（138,040.00 元）"); null when it is not.
    /// </summary>
    public static string? AutoReturnReason(QuarterEndCustody custody, long balanceFen)
    {
        ArgumentNullException.ThrowIfNull(custody);
        if (!custody.IsBelowRequired)
        {
            return null;
        }

        var reason = $"存管金额 {Yuan(custody.CustodyFen!.Value)} 元，低于预收资金余额 {Yuan(balanceFen)} 元的 {Percent(custody.Ratio)}（{Yuan(custody.RequiredFen)} 元）";
        return custody.OffsetFen > 0
            ? reason + $"，扣除履约保证保险 {Yuan(custody.OffsetFen)} 元后应存管 {Yuan(custody.RequiredAfterOffsetFen)} 元"
            : reason;
    }

    /// <summary>元 with two decimals and thousands separators: 11990000 → 119,900.00.</summary>
    public static string Yuan(long fen) => (fen / 100m).ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Percent(decimal ratio) => (ratio * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}

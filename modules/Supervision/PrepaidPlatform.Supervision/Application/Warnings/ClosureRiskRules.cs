using System.Globalization;

namespace PrepaidPlatform.Supervision.Application.Warnings;

/// <summary>
/// The closure-risk rules (issue 18 · 3): each signal that an operator may close overnight adds its points with a reason
/// naming the figures; the points are summed and compared with the city's threshold
/// (<see cref="ClosureWarningSettings.Threshold"/>). The weights are constants, chosen so that no single signal but a
/// 注销 application reaches the default threshold of 50 alone, and any two of the strong ones do: the warning is about
/// signals lining up.
/// </summary>
internal static class ClosureRiskRules
{
    public const string SalesSurge = "发卡激增、消费下降";
    public const string CustodyShort = "存管不足";
    public const string CustodyShrinking = "存管金额缩水";
    public const string ComplaintsRising = "投诉上升";
    public const string Arrears = "欠费";
    public const string Deregistering = "注销申请";

    public const int SalesSurgeScore = 30;
    public const int CustodyShortScore = 20;
    public const int CustodyShrinkingScore = 15;
    public const int ComplaintsRisingScore = 20;
    public const int ArrearsScore = 25;
    public const int DeregisteringScore = 50;

    /// <summary>季度预收资金 up by at least this share on the quarter before…</summary>
    public const decimal SalesGrowthPercent = 50m;

    /// <summary>…while 季度消费金额 fell by at least this share: money comes in faster than service goes out.</summary>
    public const decimal ConsumptionDropPercent = 20m;

    /// <summary>存管金额 down by at least this share within <see cref="CustodyLookbackDays"/>.</summary>
    public const decimal CustodyDropPercent = 30m;

    public const int CustodyLookbackDays = 90;

    /// <summary>The T+1 feed compares the cards sold and consumed in the last this many days with the same length before.</summary>
    public const int FeedWindowDays = 30;

    public const int ComplaintWindowDays = 90;

    /// <summary>Complaints rise when the last window has at least this many and at least twice the window before.</summary>
    public const int ComplaintsMinimum = 3;

    public static IReadOnlyList<ClosureReason> Evaluate(ClosureSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var reasons = new List<ClosureReason>();
        // Quarterly reports and the T+1 feed tell the same story at two speeds: one rule, the figures of each that show it.
        var surges = new[]
        {
            signals.Quarters is { } q ? Surge(q.PrepaidFen, q.ConsumptionFen, q.PreviousPrepaidFen, q.PreviousConsumptionFen, q.Label + "预收资金", "季度消费金额", "上季度") : null,
            signals.Feed is { } feed
                ? Surge(feed.PrepaidFen, feed.ConsumptionFen, feed.PreviousPrepaidFen, feed.PreviousConsumptionFen, $"发卡系统T+1数据：近{FeedWindowDays}天售卡", $"近{FeedWindowDays}天消费", $"前{FeedWindowDays}天")
                : null,
        }.OfType<string>().ToList();
        if (surges.Count > 0)
        {
            reasons.Add(new(SalesSurge, SalesSurgeScore, string.Join("；", surges)));
        }

        if (signals.CustodyShort)
        {
            reasons.Add(new(CustodyShort, CustodyShortScore,
                $"存管不足：存管金额 {Yuan(signals.CustodyFen ?? 0)} 元，预收资金余额 {(signals.BalanceFen is { } b ? Yuan(b) + " 元" : "未知")}"));
        }

        if (signals is { CustodyEarlierFen: > 0 and var earlier, CustodyFen: { } now } && now < earlier && Percent(earlier - now, earlier) >= CustodyDropPercent)
        {
            reasons.Add(new(CustodyShrinking, CustodyShrinkingScore,
                $"存管金额{CustodyLookbackDays}天内由 {Yuan(earlier)} 元降至 {Yuan(now)} 元，下降 {Format(Percent(earlier - now, earlier))}%"));
        }

        if (signals.ComplaintsRecent >= ComplaintsMinimum && signals.ComplaintsRecent >= 2 * signals.ComplaintsPrior)
        {
            reasons.Add(new(ComplaintsRising, ComplaintsRisingScore,
                $"近{ComplaintWindowDays}天预付卡投诉 {signals.ComplaintsRecent} 件，前{ComplaintWindowDays}天 {signals.ComplaintsPrior} 件"));
        }

        if (signals.Arrears.Count > 0)
        {
            var listed = signals.Arrears.OrderBy(a => a.OccurredOn).ThenBy(a => a.Type, StringComparer.Ordinal)
                .Select(a => $"{a.Type}（{Day(a.OccurredOn)}）").Distinct();
            reasons.Add(new(Arrears, ArrearsScore, "存在欠费记录：" + string.Join("、", listed)));
        }

        var deregistering = new List<string>();
        if (signals.FilingDeregistration is { } f)
        {
            deregistering.Add($"已提交备案注销申请（{Day(f.SubmittedOn)}，{(f.PublicNotice ? "公示中" : "审核中")}）");
        }

        if (signals.MarketDeregisteringOn is { } m)
        {
            deregistering.Add($"市场监管部门登记申请注销（{Day(m)}）");
        }

        if (deregistering.Count > 0)
        {
            reasons.Add(new(Deregistering, DeregisteringScore, string.Join("；", deregistering)));
        }

        return reasons;
    }

    /// <summary>The reason text when cards sold surged while consumption fell; null when not.</summary>
    private static string? Surge(long prepaidFen, long consumptionFen, long previousPrepaidFen, long previousConsumptionFen, string sold, string consumed, string previous)
    {
        if (previousConsumptionFen <= 0 || consumptionFen < 0 || consumptionFen >= previousConsumptionFen || prepaidFen <= previousPrepaidFen)
        {
            return null;
        }

        var drop = Percent(previousConsumptionFen - consumptionFen, previousConsumptionFen);
        if (drop < ConsumptionDropPercent)
        {
            return null;
        }

        // Sales from nothing to something is a surge of no finite percentage: the figures say it.
        string sales;
        if (previousPrepaidFen <= 0)
        {
            sales = $"{sold}由 0 元增至 {Yuan(prepaidFen)} 元";
        }
        else
        {
            var growth = Percent(prepaidFen - previousPrepaidFen, previousPrepaidFen);
            if (growth < SalesGrowthPercent)
            {
                return null;
            }

            sales = $"{sold} {Yuan(prepaidFen)} 元，较{previous}增长 {Format(growth)}%";
        }

        return $"{sales}；{consumed} {Yuan(consumptionFen)} 元，较{previous}下降 {Format(drop)}%";
    }

    private static decimal Percent(long part, long whole) => part * 100m / whole;

    private static string Format(decimal percent) => Math.Round(percent, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    private static string Yuan(long fen) => (fen / 100m).ToString("N2", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

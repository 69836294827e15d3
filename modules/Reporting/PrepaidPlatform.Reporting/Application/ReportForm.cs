using System.Globalization;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application;

/// <summary>
/// The 填报数据 form as typed: amounts in 元 with at most two decimals, counts whole. Parsed into exact 分; a field that
/// does not parse gets its own message, and the page shows the form again as typed.
/// </summary>
internal sealed class ReportForm
{
    /// <summary>The largest amount accepted (元): far above any operator's figures, far below what 分 in a long can hold.</summary>
    public const decimal MaxYuan = 999_999_999_999.99m;

    public string? PrepaidTotal { get; set; }

    public string? Balance { get; set; }

    public string? CardsWithBalance { get; set; }

    public string? QuarterPrepaid { get; set; }

    public string? QuarterCardsIssued { get; set; }

    public string? QuarterConsumption { get; set; }

    public string? QuarterRefund { get; set; }

    public string? QuarterCardReturn { get; set; }

    /// <summary>差异说明 (optional): why the balance does not follow from the previous quarter's.</summary>
    public string? DifferenceReason { get; set; }

    /// <summary>The form of an earlier filing, for correcting a returned report.</summary>
    public static ReportForm From(ReportFigures figures, string? reason) => new()
    {
        PrepaidTotal = Text(figures.PrepaidTotalFen),
        Balance = Text(figures.BalanceFen),
        CardsWithBalance = figures.CardsWithBalance.ToString(CultureInfo.InvariantCulture),
        QuarterPrepaid = Text(figures.QuarterPrepaidFen),
        QuarterCardsIssued = figures.QuarterCardsIssued.ToString(CultureInfo.InvariantCulture),
        QuarterConsumption = Text(figures.QuarterConsumptionFen),
        QuarterRefund = Text(figures.QuarterRefundFen),
        QuarterCardReturn = Text(figures.QuarterCardReturnFen),
        DifferenceReason = reason,
    };

    /// <summary>The figures, or the messages of every field that does not parse (then no figures).</summary>
    public (ReportFigures? Figures, IReadOnlyList<string> Errors) Parse()
    {
        var errors = new List<string>();
        var prepaidTotal = Amount(PrepaidTotal, "预收资金(元)", errors);
        var balance = Amount(Balance, "预收资金余额(元)", errors);
        var cards = Count(CardsWithBalance, "余额卡总数", errors);
        var quarterPrepaid = Amount(QuarterPrepaid, "季度预收资金(元)", errors);
        var issued = Count(QuarterCardsIssued, "季度发卡数量", errors);
        var consumption = Amount(QuarterConsumption, "季度消费金额(元)", errors);
        var refund = Amount(QuarterRefund, "季度退款金额(元)", errors);
        var cardReturn = Amount(QuarterCardReturn, "季度退卡金额(元)", errors);
        return errors.Count > 0
            ? (null, errors)
            : (new ReportFigures(prepaidTotal, balance, cards, quarterPrepaid, issued, consumption, refund, cardReturn), errors);
    }

    /// <summary>Yuan text to 分, exactly: "345100", "345,100.5" and "345100.50" are 34510050 分; a third decimal is refused.</summary>
    public static long? ParseYuan(string? text)
    {
        var value = text?.Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrEmpty(value)
            || !decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
            || yuan > MaxYuan
            || decimal.Round(yuan, 2) != yuan)
        {
            return null;
        }

        return (long)(yuan * 100);
    }

    private static long Amount(string? text, string label, List<string> errors)
    {
        if (ParseYuan(text) is { } fen)
        {
            return fen;
        }

        errors.Add(string.IsNullOrWhiteSpace(text) ? $"请填写{label}。" : $"{label}须为不小于 0 的金额，单位元，最多两位小数（如 345100.00）。");
        return 0;
    }

    private static int Count(string? text, string label, List<string> errors)
    {
        var value = text?.Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(value) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        errors.Add(string.IsNullOrWhiteSpace(text) ? $"请填写{label}。" : $"{label}须为不小于 0 的整数。");
        return 0;
    }

    private static string Text(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}

using System.Globalization;
using PrepaidPlatform.Reporting.Domain.Dishonest;

namespace PrepaidPlatform.Reporting.Application.Dishonest;

/// <summary>The monthly report's form as typed: amounts in 元 with at most two decimals (exact 分), the count whole.</summary>
internal sealed class DishonestMonthForm
{
    public string? Balance { get; set; }

    public string? MonthPrepaid { get; set; }

    public string? MonthConsumption { get; set; }

    public string? MonthRefund { get; set; }

    public string? CardsWithBalance { get; set; }

    public static DishonestMonthForm From(DishonestFiling filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return new()
        {
            Balance = Text(filing.BalanceFen),
            MonthPrepaid = Text(filing.MonthPrepaidFen),
            MonthConsumption = Text(filing.MonthConsumptionFen),
            MonthRefund = Text(filing.MonthRefundFen),
            CardsWithBalance = filing.CardsWithBalance.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The figures, or a message for every field that does not parse (then no figures).</summary>
    public (DishonestMonthFigures? Figures, IReadOnlyList<string> Errors) Parse()
    {
        var errors = new List<string>();
        var balance = Amount(Balance, "月末预收资金余额(元)", errors);
        var prepaid = Amount(MonthPrepaid, "当月预收资金(元)", errors);
        var consumption = Amount(MonthConsumption, "当月消费金额(元)", errors);
        var refund = Amount(MonthRefund, "当月退款金额(元)", errors);
        var value = CardsWithBalance?.Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrEmpty(value) || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var cards))
        {
            errors.Add(string.IsNullOrEmpty(value) ? "请填写余额卡总数。" : "余额卡总数须为不小于 0 的整数。");
            cards = 0;
        }

        return errors.Count > 0 ? (null, errors) : (new DishonestMonthFigures(balance, prepaid, consumption, refund, cards), errors);
    }

    private static long Amount(string? text, string label, List<string> errors)
    {
        if (ReportForm.ParseYuan(text) is { } fen)
        {
            return fen;
        }

        errors.Add(string.IsNullOrWhiteSpace(text) ? $"请填写{label}。" : $"{label}须为不小于 0 的金额，单位元，最多两位小数（如 345100.00）。");
        return 0;
    }

    private static string Text(long fen) => (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}

namespace PrepaidPlatform.Reporting.Domain;

/// <summary>
/// The figures of one quarterly report as the manual's table lists them; money in 分, counts whole.
/// </summary>
/// <param name="PrepaidTotalFen">预收资金(元): 截至季度末预收资金, cards sold since the operator started (指标解释 (3)).</param>
/// <param name="BalanceFen">预收资金余额(元): 截至季度末预收资金余额, what is still owed to card holders (指标解释 (4)).</param>
/// <param name="CardsWithBalance">余额卡总数.</param>
/// <param name="QuarterPrepaidFen">季度预收资金(元): cards sold in the quarter.</param>
/// <param name="QuarterCardsIssued">季度发卡数量.</param>
/// <param name="QuarterConsumptionFen">季度消费金额.</param>
/// <param name="QuarterRefundFen">季度退款金额.</param>
/// <param name="QuarterCardReturnFen">季度退卡金额.</param>
internal sealed record ReportFigures(
    long PrepaidTotalFen,
    long BalanceFen,
    int CardsWithBalance,
    long QuarterPrepaidFen,
    int QuarterCardsIssued,
    long QuarterConsumptionFen,
    long QuarterRefundFen,
    long QuarterCardReturnFen)
{
    /// <summary>The balance this quarter's movements lead to from <paramref name="previousBalanceFen"/>.</summary>
    public long ExpectedBalanceFrom(long previousBalanceFen) =>
        previousBalanceFen + QuarterPrepaidFen - QuarterConsumptionFen - QuarterRefundFen - QuarterCardReturnFen;
}

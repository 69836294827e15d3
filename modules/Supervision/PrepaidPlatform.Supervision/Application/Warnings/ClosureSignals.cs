namespace PrepaidPlatform.Supervision.Application.Warnings;

/// <summary>
/// What the other modules say about one operator that may foretell a closure overnight, gathered for the week by
/// <see cref="ClosureWarningComputation"/>; <see cref="ClosureRiskRules"/> scores it. Money in 分.
/// </summary>
internal sealed record ClosureSignals
{
    /// <summary>The two latest consecutive quarters the operator reported (数据填报), when it has them.</summary>
    public QuarterPair? Quarters { get; init; }

    /// <summary>The card systems' T+1 figures over the last two windows of <see cref="ClosureRiskRules.FeedWindowDays"/> days, when it has them.</summary>
    public FeedPair? Feed { get; init; }

    /// <summary>存管不足: Custody has a shortfall episode open.</summary>
    public bool CustodyShort { get; init; }

    /// <summary>存管金额 of the latest statement; null before the first.</summary>
    public long? CustodyFen { get; init; }

    /// <summary>预收资金余额 the required custody is computed from; null when unknown.</summary>
    public long? BalanceFen { get; init; }

    /// <summary>存管金额 of the latest statement <see cref="ClosureRiskRules.CustodyLookbackDays"/> days ago; null without one.</summary>
    public long? CustodyEarlierFen { get; init; }

    /// <summary>12345预付卡投诉 in the last <see cref="ClosureRiskRules.ComplaintWindowDays"/> days.</summary>
    public int ComplaintsRecent { get; init; }

    /// <summary>12345预付卡投诉 in the window of the same length before.</summary>
    public int ComplaintsPrior { get; init; }

    /// <summary>欠费 records in force (rent, wages, utilities, taxes), with the day each occurred.</summary>
    public IReadOnlyList<ArrearsRecord> Arrears { get; init; } = [];

    /// <summary>The day a 申请注销 at the market regulator occurred, when one is in force.</summary>
    public DateOnly? MarketDeregisteringOn { get; init; }

    /// <summary>An open 备案注销申请 (审核中 or 公示中).</summary>
    public FilingDeregistrationSignal? FilingDeregistration { get; init; }
}

/// <param name="Label">The latest quarter as people say it, 2026年3季度.</param>
internal sealed record QuarterPair(string Label, long PrepaidFen, long ConsumptionFen, long PreviousPrepaidFen, long PreviousConsumptionFen);

/// <summary>
/// Cards sold (预收资金's increase) and consumed in the last window and the one before, from the T+1 feed: consumption
/// is what was sold less what the balance grew, refunds included (the feed carries no split).
/// </summary>
internal sealed record FeedPair(long PrepaidFen, long ConsumptionFen, long PreviousPrepaidFen, long PreviousConsumptionFen);

internal sealed record ArrearsRecord(string Type, DateOnly OccurredOn);

/// <param name="SubmittedOn">The Beijing day the operator submitted it.</param>
/// <param name="PublicNotice">公示中 (the district agreed); otherwise 审核中.</param>
internal sealed record FilingDeregistrationSignal(DateOnly SubmittedOn, bool PublicNotice);

/// <summary>One rule that fired: its name, the points it adds and the reason in words, naming the figures.</summary>
internal sealed record ClosureReason(string Rule, int Score, string Text);

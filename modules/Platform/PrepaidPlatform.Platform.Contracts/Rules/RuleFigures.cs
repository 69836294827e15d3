namespace PrepaidPlatform.Platform.Rules;

/// <summary>
/// Every figure of the rule profile (REFERENCE.md "Rule profiles"), typed: money in 分, ratios as fractions
/// (0.40 = 40%), periods in days or working days. Modules read figures here, never literals or setting strings.
/// </summary>
public sealed record RuleFigures
{
    public required RuleProfileKind Profile { get; init; }

    /// <summary>Beijing 条例 (SPEC F9): filing is mandatory at a prepaid balance ≥ this (50 万元); voluntary below.</summary>
    public required long FilingThresholdFen { get; init; }

    /// <summary>Beijing 实施办法: custody ≥ this share of the previous quarter-end balance (40%).</summary>
    public required decimal CustodyRatio { get; init; }

    /// <summary>数据填报 · 提示(1): the quarterly report is due within this many working days after the quarter (20).</summary>
    public required int ReportingDeadlineWorkingDays { get; init; }

    /// <summary>The district's review of a filing, change, deregistration or report takes this many working days (manual: 3).</summary>
    public required int ReviewWorkingDays { get; init; }

    /// <summary>注销: the operator's public notice before deregistration lasts at least this many days (30).</summary>
    public required int DeregistrationNoticeDays { get; init; }

    /// <summary>Shanghai 规定: custody applies to a balance above this (20 万元).</summary>
    public required long ShanghaiCustodyThresholdFen { get; init; }

    /// <summary>Shanghai: share of the whole balance kept in custody above the threshold (40%).</summary>
    public required decimal ShanghaiCustodyRatio { get; init; }

    /// <summary>Shanghai special standard = min(this share of last year's main-business revenue (20%), <see cref="ShanghaiSpecialStandardCapFen"/>).</summary>
    public required decimal ShanghaiSpecialStandardRevenueRatio { get; init; }

    /// <summary>Shanghai: the special standard never exceeds this (5000 万元).</summary>
    public required long ShanghaiSpecialStandardCapFen { get; init; }

    /// <summary>Shanghai: custody share of a balance above the special standard (100%).</summary>
    public required decimal ShanghaiSpecialStandardCustodyRatio { get; init; }

    /// <summary>Shanghai: an operator registered for less than this many months counts as under one year old (12).</summary>
    public required int ShanghaiYoungOperatorMonths { get; init; }

    /// <summary>Shanghai: custody share for an operator under one year old with a balance above the threshold (100%).</summary>
    public required decimal ShanghaiYoungOperatorCustodyRatio { get; init; }

    /// <summary>Shanghai: custody share for a serious dishonest entity (严重失信主体, Art. 25) (100%).</summary>
    public required decimal ShanghaiSeriousDishonestCustodyRatio { get; init; }

    /// <summary>Shanghai Art. 12: the quarterly report is due by this day of the quarter's first month (25).</summary>
    public required int ShanghaiQuarterlyReportDay { get; init; }

    /// <summary>Shanghai: the connection mark (对接标识) is issued within this many working days of connecting (5).</summary>
    public required int ShanghaiConnectionMarkWorkingDays { get; init; }

    /// <summary>
    /// 数据差异 (issue 13 · 6): a quarterly report whose figure differs from the connected card system's quarter-end figure by
    /// more than this share of the card system's figure is flagged for the district (0.05 = 5%).
    /// </summary>
    public decimal FeedDivergenceRatio { get; init; } = 0.05m;

    /// <summary>Beijing files from the threshold up; Shanghai requires every card system to connect, whatever the balance.</summary>
    public bool IsFilingRequired(long balanceFen) => Profile == RuleProfileKind.Shanghai || balanceFen >= FilingThresholdFen;

    /// <summary>Shanghai's special standard in 分: min(ratio × last year's main revenue, cap); without a year's revenue, the cap.</summary>
    public decimal ShanghaiSpecialStandardFen(long? lastYearMainRevenueFen) =>
        lastYearMainRevenueFen is { } revenue ? Math.Min(revenue * ShanghaiSpecialStandardRevenueRatio, ShanghaiSpecialStandardCapFen) : ShanghaiSpecialStandardCapFen;

    /// <summary>
    /// The share of the balance to keep in custody. Beijing: <see cref="CustodyRatio"/>. Shanghai (REFERENCE.md, issue 12):
    /// nothing at or below 20 万; above 20 万 the highest share that applies — 40%; 100% above the special standard;
    /// 100% for an operator under one year old; 100% for a serious dishonest entity. Every tier needs a balance above
    /// 20 万, so a small operator is never asked for custody, whatever its revenue or listing.
    /// </summary>
    public decimal RequiredCustodyRatio(CustodyBasis basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        if (Profile == RuleProfileKind.Beijing)
        {
            return CustodyRatio;
        }

        if (basis.BalanceFen <= ShanghaiCustodyThresholdFen)
        {
            return 0m;
        }

        var ratio = ShanghaiCustodyRatio;
        if (basis.QuarterEnd < basis.RegisteredOn.AddMonths(ShanghaiYoungOperatorMonths))
        {
            ratio = Math.Max(ratio, ShanghaiYoungOperatorCustodyRatio);
        }

        if (basis.BalanceFen > ShanghaiSpecialStandardFen(basis.LastYearMainRevenueFen))
        {
            ratio = Math.Max(ratio, ShanghaiSpecialStandardCustodyRatio);
        }

        if (basis.SeriousDishonest)
        {
            ratio = Math.Max(ratio, ShanghaiSeriousDishonestCustodyRatio);
        }

        return ratio;
    }

    /// <summary>The custody amount in 分, rounded up: the rule sets a minimum, so a fraction of a 分 is kept, not waived.</summary>
    public long RequiredCustodyFen(CustodyBasis basis) =>
        (long)Math.Ceiling(basis.BalanceFen * RequiredCustodyRatio(basis));
}

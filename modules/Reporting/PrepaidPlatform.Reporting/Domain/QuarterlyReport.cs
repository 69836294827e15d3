using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Reporting.Domain;

/// <summary>
/// 数据填报: one operator's report for one quarter (SPEC R1–R4). One row per operator and period (a unique index): a
/// returned report is corrected and filed again on the same row, so double submits and two tabs never make two.
/// </summary>
internal sealed partial class QuarterlyReport : IMultiTenant
{
    private QuarterlyReport()
    {
        AccountLabel = string.Empty;
    }

    public QuarterlyReport(Guid id, Guid tenantId, Guid operatorUserId, ReportPeriod period)
        : this()
    {
        (Id, TenantId, OperatorUserId, Year, Quarter, QuarterEnd) = (id, tenantId, operatorUserId, period.Year, period.Quarter, period.End);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid OperatorUserId { get; private set; }

    public int Year { get; private set; }

    public int Quarter { get; private set; }

    /// <summary>The period's last day; with the operator, the report's unique key.</summary>
    public DateOnly QuarterEnd { get; private set; }

    public ReportPeriod Period => new(Year, Quarter);

    public long PrepaidTotalFen { get; private set; }

    public long BalanceFen { get; private set; }

    public int CardsWithBalance { get; private set; }

    public long QuarterPrepaidFen { get; private set; }

    public int QuarterCardsIssued { get; private set; }

    public long QuarterConsumptionFen { get; private set; }

    public long QuarterRefundFen { get; private set; }

    public long QuarterCardReturnFen { get; private set; }

    /// <summary>差异说明: why the balance does not follow from the previous quarter's; the district sees it.</summary>
    public string? DifferenceReason { get; private set; }

    /// <summary>存管账户 as filed: "【浦发银行】6111…" (the bound account at the time).</summary>
    public string AccountLabel { get; private set; }

    public ReportStatus Status { get; private set; }

    /// <summary>退回原因 (automatic or the district's).</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>存管金额 at the quarter's end as the bank last reported it on or before that day; null without a statement.</summary>
    public long? QuarterEndCustodyFen { get; private set; }

    /// <summary>应存管金额 for the reported balance, as Custody computed it at filing.</summary>
    public long RequiredCustodyFen { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    /// <summary>退回次数 of this report: automatic and district returns, each re-filing that was returned again counted (CreditRisk's 退回次数).</summary>
    public int ReturnCount { get; private set; }

    /// <summary>When the report was last returned; null when never.</summary>
    public DateTime? LastReturnedAtUtc { get; private set; }

    /// <summary>How many times the report was filed; the concurrency token, so two tabs re-filing at once save once.</summary>
    public int Revision { get; private set; }

    public ReportFigures Figures => new(
        PrepaidTotalFen, BalanceFen, CardsWithBalance, QuarterPrepaidFen, QuarterCardsIssued, QuarterConsumptionFen, QuarterRefundFen, QuarterCardReturnFen);

    /// <summary>Files (or re-files) the figures: 待核对, or 已退回 at once with <paramref name="autoReturnReason"/>.</summary>
    public void File(ReportFigures figures, string? differenceReason, string accountLabel, long? quarterEndCustodyFen, long requiredCustodyFen, string? autoReturnReason, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(figures);
        (PrepaidTotalFen, BalanceFen, CardsWithBalance, QuarterPrepaidFen) = (figures.PrepaidTotalFen, figures.BalanceFen, figures.CardsWithBalance, figures.QuarterPrepaidFen);
        (QuarterCardsIssued, QuarterConsumptionFen, QuarterRefundFen, QuarterCardReturnFen) =
            (figures.QuarterCardsIssued, figures.QuarterConsumptionFen, figures.QuarterRefundFen, figures.QuarterCardReturnFen);
        (DifferenceReason, AccountLabel, QuarterEndCustodyFen, RequiredCustodyFen) = (differenceReason, accountLabel, quarterEndCustodyFen, requiredCustodyFen);
        (Status, ReturnReason) = autoReturnReason is null ? (ReportStatus.Pending, null) : (ReportStatus.Returned, autoReturnReason);
        SubmittedAtUtc = nowUtc;
        Revision++;
        if (autoReturnReason is not null)
        {
            CountReturn(nowUtc);
        }
    }

    private void CountReturn(DateTime nowUtc) => (ReturnCount, LastReturnedAtUtc) = (ReturnCount + 1, nowUtc);
}

using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Reporting.Domain;

/// <summary>
/// The figures of a 季度汇总 (issue 13 · 8): operators on file, how many were due, reported, 待核对, 已退回, 已通过 and 已超期,
/// how many are connected to a card system and how many reports differ from it; the sums of the reports' figures (those not
/// returned), money in 分.
/// </summary>
internal sealed record SummaryFigures(
    int Operators, int Due, int Reported, int Pending, int Returned, int Accepted, int Overdue, int Connected, int Divergent,
    long PrepaidTotalFen, long BalanceFen, long CardsWithBalance, long QuarterPrepaidFen, long QuarterCardsIssued,
    long QuarterConsumptionFen, long QuarterRefundFen, long QuarterCardReturnFen)
{
    public static readonly SummaryFigures Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

/// <summary>
/// 季度汇总 as a district submitted it to the city: the figures at the time of the (latest) submission. One per district and
/// quarter (a unique index); submitting again replaces the figures and counts the revision.
/// </summary>
internal sealed class DistrictSummary : IMultiTenant
{
    private DistrictSummary()
    {
    }

    public DistrictSummary(Guid id, Guid tenantId, ReportPeriod period)
    {
        (Id, TenantId, Year, Quarter, QuarterEnd) = (id, tenantId, period.Year, period.Quarter, period.End);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public int Year { get; private set; }

    public int Quarter { get; private set; }

    public DateOnly QuarterEnd { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    public Guid SubmittedBy { get; private set; }

    /// <summary>How many times the district submitted this quarter's summary.</summary>
    public int Revision { get; private set; }

    public int Operators { get; private set; }

    public int Due { get; private set; }

    public int Reported { get; private set; }

    public int Pending { get; private set; }

    public int Returned { get; private set; }

    public int Accepted { get; private set; }

    public int Overdue { get; private set; }

    public int Connected { get; private set; }

    public int Divergent { get; private set; }

    public long PrepaidTotalFen { get; private set; }

    public long BalanceFen { get; private set; }

    public long CardsWithBalance { get; private set; }

    public long QuarterPrepaidFen { get; private set; }

    public long QuarterCardsIssued { get; private set; }

    public long QuarterConsumptionFen { get; private set; }

    public long QuarterRefundFen { get; private set; }

    public long QuarterCardReturnFen { get; private set; }

    public SummaryFigures Figures => new(
        Operators, Due, Reported, Pending, Returned, Accepted, Overdue, Connected, Divergent, PrepaidTotalFen, BalanceFen, CardsWithBalance,
        QuarterPrepaidFen, QuarterCardsIssued, QuarterConsumptionFen, QuarterRefundFen, QuarterCardReturnFen);

    public void Submit(SummaryFigures f, Guid by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(f);
        (Operators, Due, Reported, Pending, Returned, Accepted, Overdue, Connected, Divergent) =
            (f.Operators, f.Due, f.Reported, f.Pending, f.Returned, f.Accepted, f.Overdue, f.Connected, f.Divergent);
        (PrepaidTotalFen, BalanceFen, CardsWithBalance, QuarterPrepaidFen, QuarterCardsIssued) =
            (f.PrepaidTotalFen, f.BalanceFen, f.CardsWithBalance, f.QuarterPrepaidFen, f.QuarterCardsIssued);
        (QuarterConsumptionFen, QuarterRefundFen, QuarterCardReturnFen) = (f.QuarterConsumptionFen, f.QuarterRefundFen, f.QuarterCardReturnFen);
        (SubmittedBy, SubmittedAtUtc) = (by, nowUtc);
        Revision++;
    }
}

namespace PrepaidPlatform.Reporting;

/// <summary>
/// 季度预收资金 and 季度消费金额 of filed quarterly reports, for the closure-risk early warning (issue 18 · 3): cards sold
/// surging while consumption falls. Read-only and set-based (one query for every operator). The caller's district scope
/// applies (the tenant filter): code that disabled it (the city, a job) reads every district.
/// </summary>
public interface IQuarterlyFlows
{
    /// <summary>
    /// The reports of the quarters ending on these days that stand filed (待核对 or 已通过; a 已退回 report's figures are
    /// being corrected and are left out). An operator without such a report for a quarter has no row for it.
    /// </summary>
    Task<IReadOnlyList<QuarterlyFlow>> ListAsync(IReadOnlyCollection<DateOnly> quarterEnds, CancellationToken cancellationToken = default);
}

/// <param name="QuarterEnd">The last day of the reported quarter.</param>
/// <param name="PrepaidFen">季度预收资金: cards sold in the quarter, in 分.</param>
/// <param name="ConsumptionFen">季度消费金额, in 分.</param>
public sealed record QuarterlyFlow(Guid OperatorUserId, Guid? TenantId, DateOnly QuarterEnd, long PrepaidFen, long ConsumptionFen);

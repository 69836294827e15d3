using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Platform.Risk;

/// <summary>
/// 数据填报's facts for CreditRisk's rules (issue 17 · 2), for many operators at once (a fixed number of queries, never
/// one per operator). Read inside the caller's tenant filter: a job that disabled it reads every district.
/// <para>Kept in the kernel's contracts, not Reporting's: Filing reads CreditRisk's profile and Reporting reads Filing's
/// directory, so CreditRisk depending on Reporting would close the cycle Filing → CreditRisk → Reporting → Filing.
/// Reporting implements it; CreditRisk reads it when a module registered it (no facts otherwise).</para>
/// </summary>
public interface IReportingRiskFacts
{
    /// <summary>The facts of these operators; an operator neither supervised nor connected is missing (no facts).</summary>
    Task<IReadOnlyDictionary<Guid, ReportingRiskFact>> ForOperatorsAsync(IReadOnlyCollection<Guid> operatorUserIds, CancellationToken cancellationToken = default);

    /// <summary>Every operator under supervision (who has periods to file), for the nightly recompute.</summary>
    Task<IReadOnlyList<Guid>> SupervisedOperatorsAsync(CancellationToken cancellationToken = default);
}

/// <param name="OverduePeriods">逾期未报期数: periods whose 数据期限 has passed with no report filed, or with the report still 已退回.</param>
/// <param name="OldestOverdueEnd">The last day of the oldest such period; null when none is overdue.</param>
/// <param name="Returns">退回次数: how many times the operator's reports of the last <see cref="ReturnWindowQuarters"/> ended quarters were returned (automatic and district returns), re-filings counted.</param>
/// <param name="LastReturnedAtUtc">When the latest of those returns happened; null without one.</param>
/// <param name="CardSystemName">The 启用 card system(s) feeding T+1 figures; null when 未对接.</param>
public sealed record ReportingRiskFact(Guid OperatorUserId, Guid? TenantId, string Uscc, int OverduePeriods, DateOnly? OldestOverdueEnd, int Returns, DateTime? LastReturnedAtUtc, string? CardSystemName)
{
    /// <summary>退回次数 counts the returns of the reports of the last four ended quarters (one year).</summary>
    public const int ReturnWindowQuarters = 4;

    public bool Connected => CardSystemName is not null;
}

/// <summary>
/// An operator's reporting facts may have changed (a report filed, returned automatically or by the district): CreditRisk
/// recomputes its code. The facts themselves are read through <see cref="IReportingRiskFacts"/>.
/// </summary>
public sealed record ReportingFactsChanged(Guid OperatorUserId, Guid? TenantId, string Trigger) : IIntegrationEvent;

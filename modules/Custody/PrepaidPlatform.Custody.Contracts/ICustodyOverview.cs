namespace PrepaidPlatform.Custody;

/// <summary>
/// Custody's side of the supervision dashboards (issue 18 · 2): per operator under supervision, how its prepaid money is
/// secured (资金存管方式) and whether it is 达标 today, with the balance the required custody is computed from. Read-only
/// and set-based (a fixed number of queries for the whole scope). The caller's district scope applies (the tenant filter):
/// code that disabled it (the city, a job) reads every district.
/// </summary>
public interface ICustodyOverview
{
    Task<IReadOnlyList<CustodyOverviewEntry>> ListAsync(CancellationToken cancellationToken = default);
}

/// <param name="HasAccount">A 专用存管账户 is bound.</param>
/// <param name="HasInsurance">A 履约保证保险 policy naming the operator is valid today (Beijing day).</param>
/// <param name="Compliant">达标: no 存管不足 episode is open.</param>
/// <param name="PrepaidBalanceFen">预收资金余额 of the latest accepted quarterly report, else as the filing declared it; null when neither.</param>
/// <param name="CustodyFen">存管金额 of the bank's latest statement; null before the first one.</param>
public sealed record CustodyOverviewEntry(
    Guid OperatorUserId, Guid? TenantId, bool HasAccount, bool HasInsurance, bool Compliant, long? PrepaidBalanceFen, long? CustodyFen);

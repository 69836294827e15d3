namespace PrepaidPlatform.Custody;

/// <summary>
/// Who the operators under supervision are (every approved filing puts its operator here, SPEC C1), for CreditRisk: it
/// matches the city's records by 统一社会信用代码. Custody is the one module both Filing and CreditRisk may read
/// without a dependency cycle (Filing reads CreditRisk's risk code).
/// </summary>
public interface ISupervisedOperators
{
    /// <summary>
    /// The operators with these USCCs in every district (the city's data centre has no district of its own); the
    /// caller decides what a district user may see of them.
    /// </summary>
    Task<IReadOnlyList<SupervisedOperator>> FindByUsccAsync(IReadOnlyCollection<string> usccs, CancellationToken cancellationToken = default);
}

/// <summary>An operator under supervision: its account, district, USCC, name and filing number.</summary>
public sealed record SupervisedOperator(Guid OperatorUserId, Guid? TenantId, string Uscc, string OperatorName, string FilingNumber);

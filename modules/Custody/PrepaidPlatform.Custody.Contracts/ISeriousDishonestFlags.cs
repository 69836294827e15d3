namespace PrepaidPlatform.Custody;

/// <summary>
/// 严重失信主体 (Shanghai 规定 Art. 25/29; REFERENCE.md "Rule profiles"): whether an operator is listed. Under the Shanghai
/// profile a listed operator with a 预收资金余额 above 20 万 keeps 100% in custody; under Beijing the flag is kept but changes
/// no requirement. CreditRisk will own the listing and set it through this contract; until then the city sets it by hand on
/// /Custody/Dishonest (with a reason; the change is in the entity audit).
/// <para>The caller's district scope applies: code acting for a district sees that district's operators, the city's page
/// enters the city scope first.</para>
/// </summary>
public interface ISeriousDishonestFlags
{
    /// <summary>The most characters of a reason.</summary>
    const int ReasonMaxLength = 200;

    /// <summary>
    /// Lists or delists the operator (its operator account) with the reason, and re-evaluates its custody in the same save (a
    /// listing may open a 存管不足 episode). Returns false when the operator is not under supervision (or not in scope).
    /// </summary>
    /// <exception cref="ArgumentException">The reason is blank or longer than <see cref="ReasonMaxLength"/>.</exception>
    Task<bool> SetAsync(Guid operatorUserId, bool listed, string reason, CancellationToken cancellationToken = default);

    /// <summary>The operator's listing, or null when it is not under supervision (or not in scope).</summary>
    Task<SeriousDishonestStatus?> FindAsync(Guid operatorUserId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The Beijing day the operator's current listing began (Reporting's monthly and half-yearly duties start with its
    /// month and half-year); null when it is not listed, not under supervision or not in scope.
    /// </summary>
    Task<DateOnly?> ListedSinceAsync(Guid operatorUserId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Listed operators, one page of <paramref name="take"/> in a stable order (the reminders' walk). Inside the tenant
    /// filter: a caller that disabled it (a job running as the system) reads every district.
    /// </summary>
    Task<IReadOnlyList<ListedDishonestOperator>> ListedAsync(int skip, int take, CancellationToken cancellationToken = default);
}

/// <summary>A listed operator: its account, district, name and the Beijing day its current listing began.</summary>
public sealed record ListedDishonestOperator(Guid OperatorUserId, Guid TenantId, string OperatorName, DateOnly ListedSince);

/// <summary>An operator's 严重失信主体 flag: the reason of its last change, by whom (null: the system) and when (UTC).</summary>
public sealed record SeriousDishonestStatus(bool Listed, string? Reason, Guid? ChangedBy, DateTime? ChangedAtUtc);

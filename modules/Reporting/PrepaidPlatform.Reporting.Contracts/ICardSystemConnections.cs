namespace PrepaidPlatform.Reporting;

/// <summary>
/// 已对接 / 未对接 (issue 13 · 6) for other modules (CreditRisk, dashboards): whether an operator's card-issuing system feeds
/// the platform, and which. An operator is 已对接 once a 启用 card system has reported its figures. The caller's district
/// scope applies (the tenant filter): another district's operator reads as not connected.
/// </summary>
public interface ICardSystemConnections
{
    /// <summary>The operator's connection; null when it is 未对接.</summary>
    Task<CardSystemConnection?> FindAsync(Guid operatorUserId, CancellationToken cancellationToken = default);

    /// <summary>Every connected operator in scope, by operator account (one query; an operator missing is 未对接).</summary>
    Task<IReadOnlyDictionary<Guid, CardSystemConnection>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>These operators' connections (one query; an operator missing is 未对接).</summary>
    Task<IReadOnlyDictionary<Guid, CardSystemConnection>> ListAsync(IReadOnlyCollection<Guid> operatorUserIds, CancellationToken cancellationToken = default);
}

/// <summary>A connected operator: the name(s) of its 启用 card system(s) ("、"-joined) and the latest day reported.</summary>
public sealed record CardSystemConnection(Guid OperatorUserId, string CardSystemName, DateOnly LastDay);

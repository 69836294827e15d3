namespace PrepaidPlatform.Custody;

/// <summary>
/// 严重失信主体 (Shanghai Art. 25/29): whether an operator is listed, which raises its required custody to 100% above 20 万.
/// CreditRisk will own the listing and set it through this contract; until then the city sets it by hand on
/// /Custody/Dishonest (with a reason, audited).
/// </summary>
public interface ISeriousDishonestFlags
{
    /// <summary>Lists or delists the operator and re-evaluates its custody. Returns false when it is not under supervision.</summary>
    Task<bool> SetAsync(Guid operatorUserId, bool listed, string reason, CancellationToken cancellationToken = default);
}

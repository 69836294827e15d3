using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Platform.Auditing;

/// <summary>One request of a signed-in user (shaped like ABP's <c>AuditLogInfo</c>). Append-only.</summary>
internal sealed class RequestAuditRecord : IMultiTenant
{
    public long Id { get; set; }

    public DateTime TimeUtc { get; set; }

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public Guid? TenantId { get; set; }

    public string HttpMethod { get; set; } = string.Empty;

    public string Path { get; set; } = string.Empty;

    public int StatusCode { get; set; }

    public int DurationMs { get; set; }

    public string? ClientIp { get; set; }

    public string? Exception { get; set; }

    public string? CorrelationId { get; set; }
}

/// <summary>One change of one entity (ABP's <c>EntityChangeInfo</c>): kind and property old → new, personal data masked. Append-only.</summary>
internal sealed class EntityChangeRecord : IMultiTenant
{
    public long Id { get; set; }

    public DateTime ChangeTimeUtc { get; set; }

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public Guid? TenantId { get; set; }

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    /// <summary>Created / Updated / Deleted.</summary>
    public string ChangeKind { get; set; } = string.Empty;

    /// <summary>JSON array of {property, old, new}.</summary>
    public string PropertyChanges { get; set; } = "[]";

    public string? CorrelationId { get; set; }

    /// <summary>The day (Asia/Shanghai) of the hash chain this row belongs to; retention drops whole days.</summary>
    public DateOnly ChainDay { get; set; }

    /// <summary>
    /// Which of the day's <see cref="AuditChain.Lanes"/> chains the row is linked in (0 …): each saving transaction
    /// appends to one lane, so transactions on different lanes do not wait for each other.
    /// </summary>
    public int ChainLane { get; set; }

    /// <summary>1, 2, 3 … within <see cref="ChainDay"/> and <see cref="ChainLane"/>, assigned under that lane's <see cref="AuditChainHead"/> lock.</summary>
    public long ChainSequence { get; set; }

    /// <summary>SHA-256 (hex) of the previous row's hash and this row's fields (<see cref="AuditChain.HashOf"/>).</summary>
    public string Hash { get; set; } = string.Empty;
}

/// <summary>
/// The end of one lane of one day's audit chain: the last sequence and hash. Locked and moved forward in the transaction
/// that appends, so two writers (requests or host instances) cannot both extend the same link; a deleted tail shows here.
/// All <see cref="AuditChain.Lanes"/> heads of a day are created together before the day's first row is written, so a
/// lane deleted whole (its rows and its head) shows as a missing head.
/// </summary>
internal sealed class AuditChainHead
{
    public DateOnly Day { get; set; }

    public int Lane { get; set; }

    public long LastSequence { get; set; }

    public string LastHash { get; set; } = string.Empty;
}

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
}

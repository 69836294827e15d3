namespace PrepaidPlatform.Platform.MultiTenancy;

/// <summary>An entity that belongs to one district (tenant). Rows are filtered by the current tenant and stamped on insert.</summary>
public interface IMultiTenant
{
    Guid? TenantId { get; }
}

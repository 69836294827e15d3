namespace PrepaidPlatform.Platform.MultiTenancy;

/// <summary>A district bureau as other modules see it: the GB/T 2260 code (or a platform code) and its Chinese name.</summary>
public sealed record TenantInfo(Guid Id, string Code, string Name, bool IsActive);

public interface ITenantDirectory
{
    Task<IReadOnlyList<TenantInfo>> ListAsync(CancellationToken cancellationToken = default);

    Task<TenantInfo?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<TenantInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>备案单位 as the district wrote it in its profile (e.g. 北京市石景山区商务局); printed on receipts and public pages.</summary>
    Task<string?> BureauNameAsync(Guid tenantId, CancellationToken cancellationToken = default);
}

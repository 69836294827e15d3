using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Platform.Tenants;

/// <summary>Districts are public facts (names and codes), so any module may list them.</summary>
internal sealed class TenantDirectory(PlatformDbContext db) : ITenantDirectory
{
    public async Task<IReadOnlyList<TenantInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Tenant>().AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new TenantInfo(t.Id, t.Code, t.Name, t.IsActive)).ToListAsync(cancellationToken);

    public async Task<TenantInfo?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Set<Tenant>().AsNoTracking().Where(t => t.Id == id)
            .Select(t => new TenantInfo(t.Id, t.Code, t.Name, t.IsActive)).FirstOrDefaultAsync(cancellationToken);

    public async Task<TenantInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default) =>
        await db.Set<Tenant>().AsNoTracking().Where(t => t.Code == code)
            .Select(t => new TenantInfo(t.Id, t.Code, t.Name, t.IsActive)).FirstOrDefaultAsync(cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Platform.Tenants;

/// <summary>Districts are public facts (names and codes), so any module may list them.</summary>
internal sealed class TenantDirectory(PlatformDbContext db, IDataFilter dataFilter) : ITenantDirectory
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

    public async Task<string?> BureauNameAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        // A public fact of any district, asked also by anonymous pages (the public filing code) that have no district.
        using var anyDistrict = dataFilter.Disable<IMultiTenant>();
        var profile = await db.Set<DistrictProfile>().AsNoTracking().Where(p => p.TenantId == tenantId).Select(p => p.BureauName).FirstOrDefaultAsync(cancellationToken);
        return profile ?? await db.Set<Tenant>().AsNoTracking().Where(t => t.Id == tenantId).Select(t => "北京市" + t.Name + "商务局").FirstOrDefaultAsync(cancellationToken);
    }
}

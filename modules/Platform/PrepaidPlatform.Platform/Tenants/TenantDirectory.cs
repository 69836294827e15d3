using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Platform.Tenants;

/// <summary>Districts are public facts (names and codes), so any module may list them.</summary>
internal sealed class TenantDirectory(PlatformDbContext db, IDataFilter dataFilter, IMemoryCache cache) : ITenantDirectory
{
    private const string ListKey = "tenant-list";

    public async Task<IReadOnlyList<TenantInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        // Asked by every public operator page and most lists of the city; the districts are seeded at start and nothing
        // changes them after (the kernel forgets this list right after its seed). Saved one of the portal page's seven commands.
        if (cache.TryGetValue(ListKey, out IReadOnlyList<TenantInfo>? cached) && cached is not null)
        {
            return cached;
        }

        var list = await db.Set<Tenant>().AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new TenantInfo(t.Id, t.Code, t.Name, t.IsActive)).ToListAsync(cancellationToken);
        cache.Set(ListKey, (IReadOnlyList<TenantInfo>)list, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });
        return list;
    }

    // From the same kept list: a district is only ever added by the seed, which forgets the list after it.
    public async Task<TenantInfo?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(t => t.Id == id);

    public async Task<TenantInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(t => t.Code == code);

    public async Task<string?> BureauNameAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        // Every scan of a filing-code poster asks this, and a bureau renames itself once in years: kept a few minutes,
        // dropped at once on this instance when the district saves its 本区信息 (another instance catches up within the
        // minutes). Saved a round trip of the public page's four (benchmarks, issue 14).
        if (cache.TryGetValue(BureauKey(tenantId), out string? cached))
        {
            return cached;
        }

        // A public fact of any district, asked also by anonymous pages (the public filing code) that have no district.
        using var anyDistrict = dataFilter.Disable<IMultiTenant>();
        var profile = await db.Set<DistrictProfile>().AsNoTracking().Where(p => p.TenantId == tenantId).Select(p => p.BureauName).FirstOrDefaultAsync(cancellationToken);
        var name = profile ?? await db.Set<Tenant>().AsNoTracking().Where(t => t.Id == tenantId).Select(t => "北京市" + t.Name + "商务局").FirstOrDefaultAsync(cancellationToken);
        cache.Set(BureauKey(tenantId), name, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });
        return name;
    }

    internal static void ForgetList(IMemoryCache cache) => cache.Remove(ListKey);

    internal static void ForgetBureau(IMemoryCache cache, Guid tenantId) => cache.Remove(BureauKey(tenantId));

    private static (string, Guid) BureauKey(Guid tenantId) => ("bureau-name", tenantId);
}

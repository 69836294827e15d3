using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Tenants;

/// <summary>Reads and edits district profiles through the tenant filter: another district's profile simply does not exist for the caller.</summary>
internal sealed class DistrictProfileService(PlatformDbContext db, ICurrentTenant currentTenant, IClock clock, IMemoryCache cache)
{
    internal sealed record ProfileInput(string BureauName, string Address, string ServiceHours);

    public Task<DistrictProfile?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<DistrictProfile>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The signed-in district's own profile.</summary>
    public Task<DistrictProfile?> MineAsync(CancellationToken cancellationToken) =>
        currentTenant.Id is null
            ? Task.FromResult<DistrictProfile?>(null)
            : db.Set<DistrictProfile>().AsNoTracking().FirstOrDefaultAsync(p => p.TenantId == currentTenant.Id, cancellationToken);

    /// <returns>false when no such profile is visible to the caller (another district's, or none).</returns>
    public async Task<bool> UpdateAsync(Guid id, ProfileInput input, CancellationToken cancellationToken)
    {
        var profile = await db.Set<DistrictProfile>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (profile is null)
        {
            return false;
        }

        profile.Update(input.BureauName, input.Address, input.ServiceHours, clock.UtcNow.UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        if (profile.TenantId is { } tenantId)
        {
            TenantDirectory.ForgetBureau(cache, tenantId);
        }
        return true;
    }

    internal static async Task SeedAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var tenants = await db.Set<Tenant>().ToListAsync(cancellationToken);
        var existing = await db.Set<DistrictProfile>().Select(p => p.TenantId).ToListAsync(cancellationToken);
        foreach (var tenant in tenants.Where(t => !existing.Contains(t.Id)))
        {
            db.Set<DistrictProfile>().Add(new DistrictProfile(Guid.NewGuid(), tenant.Id, tenant.BureauName));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

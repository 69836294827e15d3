using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Filing.Application;

/// <summary><see cref="IDeregistrationApplications"/> in one query, inside the caller's tenant filter.</summary>
internal sealed class DeregistrationApplications(PlatformDbContext db) : IDeregistrationApplications
{
    public async Task<IReadOnlyList<OpenDeregistration>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        await db.Set<FilingDeregistration>().AsNoTracking()
            .Where(d => d.Status == DeregistrationStatus.UnderReview || d.Status == DeregistrationStatus.PublicNotice)
            .Select(d => new OpenDeregistration(d.OperatorUserId, d.TenantId, d.SubmittedAtUtc, d.Status == DeregistrationStatus.PublicNotice))
            .ToListAsync(cancellationToken);
}

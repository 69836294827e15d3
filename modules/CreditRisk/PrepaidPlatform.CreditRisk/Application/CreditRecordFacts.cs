using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary><see cref="ICreditRecordFacts"/> in one query, inside the caller's tenant filter.</summary>
internal sealed class CreditRecordFacts(PlatformDbContext db) : ICreditRecordFacts
{
    public async Task<IReadOnlyList<CreditRecordFact>> InForceAsync(IReadOnlyCollection<string> types, DateOnly day, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(types);
        if (types.Count == 0)
        {
            return [];
        }

        var names = types.Distinct().ToList();
        return await db.Set<CreditRecord>().AsNoTracking()
            .Where(r => names.Contains(r.Type) && r.OccurredOn <= day && (r.EndsOn == null || r.EndsOn >= day))
            .Select(r => new CreditRecordFact(r.OperatorUserId, r.TenantId, r.Type, r.OccurredOn))
            .ToListAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Application;

/// <summary><see cref="ICustodyOverview"/> in three queries, inside the caller's tenant filter.</summary>
internal sealed class CustodyOverview(PlatformDbContext db, IClock clock) : ICustodyOverview
{
    public async Task<IReadOnlyList<CustodyOverviewEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var operators = await db.Set<CustodyOperator>().AsNoTracking()
            .Select(o => new { o.Id, o.OperatorUserId, o.TenantId, o.Uscc, o.BindingId, o.ReportedBalanceFen, o.FilingBalanceFen, o.LatestCustodyFen })
            .ToListAsync(cancellationToken);
        var shortIds = (await db.Set<CustodyShortfall>().AsNoTracking().Where(s => s.EndedAtUtc == null).Select(s => s.OperatorId).ToListAsync(cancellationToken)).ToHashSet();
        var today = clock.TodayInShanghai;
        // Policies are city-wide (an insurer's API has no district): matched by the insured USCC.
        var insured = (await db.Set<CustodyPolicy>().AsNoTracking().Where(p => p.ValidFrom <= today && p.ValidTo >= today)
            .Select(p => p.InsuredUscc).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return operators.Select(o => new CustodyOverviewEntry(
            o.OperatorUserId, o.TenantId, o.BindingId is not null, insured.Contains(o.Uscc), !shortIds.Contains(o.Id),
            o.ReportedBalanceFen ?? o.FilingBalanceFen, o.LatestCustodyFen)).ToList();
    }
}

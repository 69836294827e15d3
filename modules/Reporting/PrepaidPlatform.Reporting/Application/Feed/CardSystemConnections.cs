using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application.Feed;

/// <summary><see cref="ICardSystemConnections"/>: the operators' links to 启用 card systems, inside the caller's tenant filter.</summary>
internal sealed class CardSystemConnections(PlatformDbContext db) : ICardSystemConnections
{
    public async Task<CardSystemConnection?> FindAsync(Guid operatorUserId, CancellationToken cancellationToken = default) =>
        (await QueryAsync(db.Set<CardFeedLink>().Where(l => l.OperatorUserId == operatorUserId), cancellationToken)).GetValueOrDefault(operatorUserId);

    public async Task<IReadOnlyDictionary<Guid, CardSystemConnection>> ListAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync(db.Set<CardFeedLink>(), cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, CardSystemConnection>> ListAsync(IReadOnlyCollection<Guid> operatorUserIds, CancellationToken cancellationToken = default) =>
        await QueryAsync(db.Set<CardFeedLink>().Where(l => operatorUserIds.Contains(l.OperatorUserId)), cancellationToken);

    private async Task<Dictionary<Guid, CardSystemConnection>> QueryAsync(IQueryable<CardFeedLink> links, CancellationToken cancellationToken)
    {
        var rows = await (
            from l in links.AsNoTracking()
            join s in db.Set<CardSystem>().AsNoTracking().Where(s => s.Active) on l.CardSystemId equals s.Id
            select new { l.OperatorUserId, s.Name, l.LastDay })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.OperatorUserId).ToDictionary(
            g => g.Key,
            g => new CardSystemConnection(g.Key, string.Join("、", g.Select(r => r.Name).Distinct().Order(StringComparer.Ordinal)), g.Max(r => r.LastDay)));
    }
}

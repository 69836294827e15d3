using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary><see cref="IPublishedInspections"/>: published draws only, projected to their public fields.</summary>
internal sealed class PublishedInspections(PlatformDbContext db) : IPublishedInspections
{
    public const int MaxPage = 200;

    public async Task<IReadOnlyList<PublishedInspection>> LatestAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        return Describe(await Published().OrderByDescending(x => x.Draw.PublishedAtUtc).ThenBy(x => x.Item.Id)
            .Skip(skip).Take(Math.Min(take, MaxPage)).ToListAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<PublishedInspection>> ForOperatorAsync(string uscc, CancellationToken cancellationToken = default)
    {
        var wanted = uscc.Trim().ToUpperInvariant();
        return Describe(await Published().Where(x => x.Item.Uscc == wanted).OrderByDescending(x => x.Draw.PublishedAtUtc).Take(MaxPage).ToListAsync(cancellationToken));
    }

    // Across districts on purpose (the portal has no district), and only what 一公开 publishes.
    private IQueryable<Row> Published() =>
        from item in db.Set<InspectionItem>().IgnoreQueryFilters().AsNoTracking()
        join draw in db.Set<InspectionDraw>().IgnoreQueryFilters().AsNoTracking() on item.DrawId equals draw.Id
        where draw.PublishedAtUtc != null
        select new Row { Item = item, Draw = draw };

    private static List<PublishedInspection> Describe(List<Row> rows) =>
        rows.Select(x => new PublishedInspection(x.Draw.Id, x.Draw.TenantId, x.Draw.Title, x.Draw.PublishedAtUtc!.Value, x.Item.Uscc, x.Item.OperatorName,
            InspectionResults.Name(x.Item.Result), x.Item.Note, x.Item.RecordedAtUtc)).ToList();

    /// <summary>Member-initialised, not positional: EF translates ordering on its members.</summary>
    private sealed class Row
    {
        public InspectionItem Item { get; init; } = null!;

        public InspectionDraw Draw { get; init; } = null!;
    }
}

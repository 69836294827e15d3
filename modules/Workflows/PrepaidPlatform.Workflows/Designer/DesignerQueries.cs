using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Domain;

namespace PrepaidPlatform.Workflows.Designer;

/// <summary>
/// What the designer reads, always inside one scope (the city's defaults or one district's overrides, from
/// <see cref="DesignerAccess"/>): a version asked for by id that belongs to another scope is not found.
/// </summary>
internal sealed class DesignerQueries(PlatformDbContext db)
{
    internal sealed record Lifecycle(string Key, string Title, int? CityVersion, int? OwnVersion, WorkflowDefinitionStatus? OwnStatus);

    internal sealed record Version(Guid Id, int Number, WorkflowDefinitionStatus Status, DateTime CreatedAtUtc, DateTime? PublishedAtUtc);

    /// <summary>The body the canvas opens with and where it came from.</summary>
    internal sealed record Opened(WorkflowBody Body, Version? Source, bool FromCityDefault);

    /// <summary>Every lifecycle the city defines, with the city's published version and the scope's latest own version.</summary>
    public async Task<IReadOnlyList<Lifecycle>> LifecyclesAsync(Guid scope, CancellationToken cancellationToken)
    {
        var rows = await db.Set<WorkflowDefinition>().AsNoTracking()
            .Where(d => d.DistrictId == WorkflowDefinition.City || d.DistrictId == scope)
            .OrderBy(d => d.Key).ThenByDescending(d => d.Version).ToListAsync(cancellationToken);
        return rows.Where(d => d.DistrictId == WorkflowDefinition.City).GroupBy(d => d.Key).Select(g =>
        {
            var published = g.FirstOrDefault(d => d.Status == WorkflowDefinitionStatus.Published);
            var own = rows.FirstOrDefault(d => d.Key == g.Key && d.DistrictId == scope);
            return new Lifecycle(g.Key, WorkflowBodyJson.Parse((published ?? g.First()).Body).Body?.Title ?? g.Key, published?.Version, own?.Version, own?.Status);
        }).ToList();
    }

    /// <summary>Whether the city defines <paramref name="key"/>: the designer edits the lifecycles the modules start, it invents none.</summary>
    public Task<bool> KnownAsync(string key, CancellationToken cancellationToken) =>
        db.Set<WorkflowDefinition>().AnyAsync(d => d.Key == key && d.DistrictId == WorkflowDefinition.City, cancellationToken);

    public async Task<IReadOnlyList<Version>> VersionsAsync(string key, Guid scope, CancellationToken cancellationToken) =>
        await db.Set<WorkflowDefinition>().AsNoTracking().Where(d => d.Key == key && d.DistrictId == scope).OrderByDescending(d => d.Version)
            .Select(d => new Version(d.Id, d.Version, d.Status, d.CreatedAtUtc, d.PublishedAtUtc)).ToListAsync(cancellationToken);

    /// <summary>A version of <paramref name="key"/> in the scope; <c>null</c> for an id of another key, the city's or another district's.</summary>
    public Task<WorkflowDefinition?> FindAsync(Guid id, string key, Guid scope, CancellationToken cancellationToken) =>
        db.Set<WorkflowDefinition>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.Key == key && d.DistrictId == scope, cancellationToken);

    /// <summary>
    /// The body to edit: the version asked for, else the open draft, else the latest published or retired version of the
    /// scope; a district without an override yet starts from the city's published default.
    /// </summary>
    public async Task<Opened?> OpenAsync(string key, Guid scope, Guid? versionId, CancellationToken cancellationToken)
    {
        var own = versionId is { } id
            ? await FindAsync(id, key, scope, cancellationToken)
            : await db.Set<WorkflowDefinition>().AsNoTracking().Where(d => d.Key == key && d.DistrictId == scope)
                .OrderBy(d => d.Status == WorkflowDefinitionStatus.Draft ? 0 : 1).ThenByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        if (own is not null)
        {
            return new Opened(WorkflowBodyJson.Parse(own.Body).Body!, new Version(own.Id, own.Version, own.Status, own.CreatedAtUtc, own.PublishedAtUtc), false);
        }

        if (versionId is not null || scope == WorkflowDefinition.City)
        {
            return null;
        }

        var city = await db.Set<WorkflowDefinition>().AsNoTracking()
            .Where(d => d.Key == key && d.DistrictId == WorkflowDefinition.City && d.Status == WorkflowDefinitionStatus.Published).FirstOrDefaultAsync(cancellationToken);
        return city is null ? null : new Opened(WorkflowBodyJson.Parse(city.Body).Body!, null, true);
    }
}

using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Runtime;

namespace PrepaidPlatform.Workflows.Application;

/// <summary>
/// 流程实例: the instances of a lifecycle, filtered by district and state, newest first, a page at a time. The city reads
/// across districts and may pick one; a district reads its own (the tenant filter), whatever district it asks for.
/// </summary>
internal sealed class InstanceQueries(PlatformDbContext db, DefinitionCache cache, ICrossTenantAccess crossTenant, IPermissionChecker permissions, IClock clock)
{
    internal const int PageSize = 20;

    internal sealed record Filter(string? Key, Guid? District, string? State);

    internal sealed record Row(Guid Id, string Title, string SubjectType, string SubjectId, Guid? TenantId, int Version, string StateLabel,
        WorkflowInstanceStatus Status, DateTime StartedAtUtc, DateTime? DueAtUtc, bool Overdue);

    internal sealed record Page(IReadOnlyList<Row> Rows, int Total, int Number, int Count);

    internal sealed record Lifecycle(string Key, string Title, IReadOnlyList<(string Name, string Label)> States);

    /// <summary>The lifecycles with instances to list, each with the states of all its versions (for the filters).</summary>
    public async Task<IReadOnlyList<Lifecycle>> LifecyclesAsync(CancellationToken cancellationToken = default) =>
        (await cache.AllInUseAsync(db, cancellationToken))
            .GroupBy(d => d.Key)
            .Select(g => new Lifecycle(g.Key, g.MaxBy(d => d.Version)!.Body.Title,
                g.OrderByDescending(d => d.Version).SelectMany(d => d.Body.States).DistinctBy(s => s.Name).Select(s => (s.Name, s.Label)).ToList()))
            .OrderBy(l => l.Title, StringComparer.Ordinal)
            .ToList();

    public async Task<Page> PageAsync(Filter filter, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var now = clock.UtcNow.UtcDateTime;
        using var city = crossTenant.EnterIfCity(permissions);
        var query = db.Set<WorkflowInstance>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Key))
        {
            query = query.Where(i => i.DefinitionKey == filter.Key);
        }

        if (filter.District is { } district)
        {
            query = query.Where(i => i.TenantId == district);
        }

        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            query = query.Where(i => i.CurrentState == filter.State);
        }

        var total = await query.CountAsync(cancellationToken);
        var count = Math.Max(1, (total + PageSize - 1) / PageSize);
        number = Math.Clamp(number, 1, count);
        var instances = await query.OrderByDescending(i => i.StartedAtUtc).ThenBy(i => i.Id).Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var rows = new List<Row>();
        foreach (var i in instances)
        {
            var definition = await cache.GetAsync(db, i.DefinitionId, cancellationToken);
            rows.Add(new Row(i.Id, definition.Body.Title, i.SubjectType, i.SubjectId, i.TenantId, i.DefinitionVersion, definition.LabelOf(i.CurrentState), i.Status,
                i.StartedAtUtc, i.DueAtUtc, i.Status == WorkflowInstanceStatus.Running && i.DueAtUtc <= now));
        }

        return new Page(rows, total, number, count);
    }
}

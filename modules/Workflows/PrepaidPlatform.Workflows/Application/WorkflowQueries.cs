using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Runtime;

namespace PrepaidPlatform.Workflows.Application;

/// <summary>Read models of the city's workflow pages: definitions with their versions, instances across districts, one instance's journal.</summary>
internal sealed class WorkflowQueries(PlatformDbContext db, ICrossTenantAccess crossTenant, DefinitionCache cache, IWorkflowRuntime runtime, TimeProvider clock)
{
    internal sealed record DefinitionRow(Guid Id, string Key, string Title, Guid DistrictId, int Version, WorkflowDefinitionStatus Status, DateTime? PublishedAtUtc, int Running, int Overdue);

    internal sealed record InstanceRow(Guid Id, string SubjectType, string SubjectId, Guid? TenantId, int Version, string StateLabel, WorkflowInstanceStatus Status, DateTime StartedAtUtc, DateTime? DueAtUtc, bool Overdue);

    public async Task<IReadOnlyList<DefinitionRow>> DefinitionsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var definitions = await db.Set<WorkflowDefinition>().AsNoTracking().OrderBy(d => d.Key).ThenBy(d => d.DistrictId).ThenByDescending(d => d.Version).ToListAsync(cancellationToken);
        using var city = crossTenant.EnterCityScope();
        var counts = await db.Set<WorkflowInstance>().Where(i => i.Status == WorkflowInstanceStatus.Running)
            .GroupBy(i => i.DefinitionId)
            .Select(g => new { g.Key, Running = g.Count(), Overdue = g.Count(i => i.DueAtUtc != null && i.DueAtUtc <= now) })
            .ToDictionaryAsync(c => c.Key, cancellationToken);
        return definitions.Select(d => new DefinitionRow(d.Id, d.Key, WorkflowBodyJson.Parse(d.Body).Body?.Title ?? d.Key, d.DistrictId, d.Version, d.Status, d.PublishedAtUtc,
            counts.TryGetValue(d.Id, out var c) ? c.Running : 0, counts.TryGetValue(d.Id, out var o) ? o.Overdue : 0)).ToList();
    }

    /// <summary>The latest instances of one lifecycle across districts, newest first.</summary>
    public async Task<IReadOnlyList<InstanceRow>> InstancesAsync(string definitionKey, Guid? districtId, int take, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        using var city = crossTenant.EnterCityScope();
        var query = db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.DefinitionKey == definitionKey);
        if (districtId is { } district)
        {
            query = query.Where(i => i.TenantId == district);
        }

        var rows = await query.OrderByDescending(i => i.StartedAtUtc).Take(take).ToListAsync(cancellationToken);
        var result = new List<InstanceRow>();
        foreach (var i in rows)
        {
            var definition = await cache.GetAsync(db, i.DefinitionId, cancellationToken);
            result.Add(new InstanceRow(i.Id, i.SubjectType, i.SubjectId, i.TenantId, i.DefinitionVersion, definition.LabelOf(i.CurrentState), i.Status, i.StartedAtUtc, i.DueAtUtc,
                i.Status == WorkflowInstanceStatus.Running && i.DueAtUtc <= now));
        }

        return result;
    }

    internal sealed record InstanceView(WorkflowInstanceDto Instance, IReadOnlyList<WorkflowJournalEntryDto> Journal, IReadOnlyDictionary<string, string> StateLabels, string DefinitionJson);

    /// <summary>One instance with its journal and the body of the version it runs on (for the diagram).</summary>
    public async Task<InstanceView?> InstanceAsync(Guid id, CancellationToken cancellationToken = default)
    {
        using var city = crossTenant.EnterCityScope();
        var instance = await runtime.FindAsync(id, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var definitionId = await db.Set<WorkflowInstance>().Where(i => i.Id == id).Select(i => i.DefinitionId).SingleAsync(cancellationToken);
        var definition = await cache.GetAsync(db, definitionId, cancellationToken);
        return new InstanceView(instance, await runtime.GetJournalAsync(id, cancellationToken), definition.Body.States.ToDictionary(s => s.Name, s => s.Label),
            WorkflowBodyJson.Write(definition.Body));
    }
}

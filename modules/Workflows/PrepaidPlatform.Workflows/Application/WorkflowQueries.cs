using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Runtime;

namespace PrepaidPlatform.Workflows.Application;

/// <summary>Read models of the workflow pages: definitions with their versions (city), one instance's journal (city, or its own district).</summary>
internal sealed class WorkflowQueries(PlatformDbContext db, ICrossTenantAccess crossTenant, IPermissionChecker permissions, DefinitionCache cache, IWorkflowRuntime runtime, IClock clock)
{
    internal sealed record DefinitionRow(Guid Id, string Key, string Title, Guid DistrictId, int Version, WorkflowDefinitionStatus Status, DateTime? PublishedAtUtc, int Running, int Overdue);

    public async Task<IReadOnlyList<DefinitionRow>> DefinitionsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow.UtcDateTime;
        var definitions = await db.Set<WorkflowDefinition>().AsNoTracking().OrderBy(d => d.Key).ThenBy(d => d.DistrictId).ThenByDescending(d => d.Version).ToListAsync(cancellationToken);
        using var city = crossTenant.EnterCityScope();
        var counts = await db.Set<WorkflowInstance>().Where(i => i.Status == WorkflowInstanceStatus.Running)
            .GroupBy(i => i.DefinitionId)
            .Select(g => new { g.Key, Running = g.Count(), Overdue = g.Count(i => i.DueAtUtc != null && i.DueAtUtc <= now) })
            .ToDictionaryAsync(c => c.Key, cancellationToken);
        return definitions.Select(d => new DefinitionRow(d.Id, d.Key, WorkflowBodyJson.Parse(d.Body).Body?.Title ?? d.Key, d.DistrictId, d.Version, d.Status, d.PublishedAtUtc,
            counts.TryGetValue(d.Id, out var c) ? c.Running : 0, counts.TryGetValue(d.Id, out var o) ? o.Overdue : 0)).ToList();
    }

    internal sealed record InstanceView(WorkflowInstanceDto Instance, IReadOnlyList<WorkflowJournalEntryDto> Journal, IReadOnlyDictionary<string, string> StateLabels, string DefinitionJson);

    /// <summary>One instance with its journal and the body of the version it runs on (for the diagram).</summary>
    public async Task<InstanceView?> InstanceAsync(Guid id, CancellationToken cancellationToken = default)
    {
        // The city reads every district's instance; a district only its own (another district's id is not found).
        using var city = crossTenant.EnterIfCity(permissions);
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

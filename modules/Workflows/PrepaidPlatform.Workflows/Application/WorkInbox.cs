using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Runtime;

namespace PrepaidPlatform.Workflows.Application;

/// <summary>
/// 待办: the running instances whose current state has a transition the signed-in user may fire now, decided by the
/// runtime's own rule (permission, then guard with no input yet). The cost does not grow with the page or the history:
/// one query lists the versions in use (their bodies are cached), one reads the instances sitting in a state where the
/// user holds a transition's permission; permission and guards are then checked in memory (guards that read data
/// should keep that cheap, since each candidate is asked). Districts see their own instances; the city every district's.
/// Earliest due time first (so the overdue lead), then the longest waiting.
/// </summary>
internal sealed class WorkInbox(
    PlatformDbContext db,
    DefinitionCache cache,
    WorkflowRuntime runtime,
    IPermissionChecker permissions,
    ICrossTenantAccess crossTenant,
    IClock clock) : IWorkInbox
{
    internal const int PageSize = 20;

    internal sealed record Item(WorkflowInstanceDto Instance, string Title, IReadOnlyList<WorkflowTriggerDto> Triggers, bool Overdue);

    internal sealed record Page(IReadOnlyList<Item> Items, int Total, int Overdue, int Number, int Count);

    /// <summary>A lifecycle the user may act in, for the filter.</summary>
    internal sealed record Lifecycle(string Key, string Title);

    public async Task<WorkInboxCount> CountAsync(CancellationToken cancellationToken = default)
    {
        var (items, _) = await FireableAsync(null, cancellationToken);
        return new WorkInboxCount(items.Count, items.Count(i => i.Overdue));
    }

    /// <param name="key">Only this lifecycle (definition key), or all.</param>
    /// <param name="number">1-based; beyond the last page shows the last page.</param>
    public async Task<(Page Page, IReadOnlyList<Lifecycle> Lifecycles)> PageAsync(string? key, int number, CancellationToken cancellationToken = default)
    {
        var (items, lifecycles) = await FireableAsync(string.IsNullOrWhiteSpace(key) ? null : key, cancellationToken);
        var count = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        number = Math.Clamp(number, 1, count);
        var page = new Page(items.Skip((number - 1) * PageSize).Take(PageSize).ToList(), items.Count, items.Count(i => i.Overdue), number, count);
        return (page, lifecycles);
    }

    private async Task<(List<Item> Items, IReadOnlyList<Lifecycle> Lifecycles)> FireableAsync(string? key, CancellationToken cancellationToken)
    {
        var definitions = (await cache.AllInUseAsync(db, cancellationToken)).ToDictionary(d => d.Id);

        // The states in which the user holds some transition's permission: a superset the database narrows by index,
        // which the runtime's own check below makes exact.
        var actionable = definitions.Values
            .Select(d => (Definition: d, States: d.Body.Transitions.Where(t => t.Permission is null || permissions.IsGranted(t.Permission)).Select(t => t.From).ToHashSet()))
            .Where(a => a.States.Count > 0)
            .ToList();
        var lifecycles = actionable.GroupBy(a => a.Definition.Key)
            .Select(g => new Lifecycle(g.Key, g.MaxBy(a => a.Definition.Version).Definition.Body.Title))
            .OrderBy(l => l.Title, StringComparer.Ordinal).ToList();
        if (key is not null)
        {
            actionable = actionable.Where(a => a.Definition.Key == key).ToList();
        }

        if (actionable.Count == 0)
        {
            return ([], lifecycles);
        }

        var definitionIds = actionable.Select(a => a.Definition.Id).ToList();
        var states = actionable.SelectMany(a => a.States).Distinct().ToList();
        List<WorkflowInstance> candidates;
        using (crossTenant.EnterIfCity(permissions))
        {
            candidates = await db.Set<WorkflowInstance>().AsNoTracking()
                .Where(i => i.Status == WorkflowInstanceStatus.Running && definitionIds.Contains(i.DefinitionId) && states.Contains(i.CurrentState))
                .ToListAsync(cancellationToken);
        }

        var now = clock.UtcNow.UtcDateTime;
        var items = new List<Item>();
        foreach (var instance in candidates)
        {
            var definition = definitions[instance.DefinitionId];
            var triggers = await runtime.AvailableTriggersAsync(instance, definition, cancellationToken);
            if (triggers.Count > 0)
            {
                var dto = WorkflowRuntime.ToDto(instance, definition);
                items.Add(new Item(dto, definition.Body.Title, triggers, dto.IsOverdueAt(now)));
            }
        }

        items.Sort((a, b) =>
            (a.Instance.DueAtUtc ?? DateTime.MaxValue).CompareTo(b.Instance.DueAtUtc ?? DateTime.MaxValue) is var byDue and not 0
                ? byDue
                : a.Instance.StateEnteredAtUtc.CompareTo(b.Instance.StateEnteredAtUtc) is var byWait and not 0 ? byWait : a.Instance.Id.CompareTo(b.Instance.Id));
        return (items, lifecycles);
    }
}

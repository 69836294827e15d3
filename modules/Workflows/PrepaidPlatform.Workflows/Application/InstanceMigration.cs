using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Runtime;

namespace PrepaidPlatform.Workflows.Application;

/// <summary>
/// 版本迁移 (W2): moves the instances still running on older versions of a lifecycle (the same key, for the same city
/// default or district override) onto its published version. An instance whose state the new version still has stays
/// in it; a state the new version dropped needs the publisher's mapping to one of its states. The preview shows every
/// move before anything changes; applying moves all of them in one save, or none: refused when a dropped state is
/// unmapped or when any instance changed after the preview. A move is no step: no actions run; the journal records it,
/// the old version's timers of the state go, and the new version's are counted from the state's entry (or from now,
/// for a mapped state).
/// </summary>
internal sealed class InstanceMigration(PlatformDbContext db, DefinitionCache cache, ICrossTenantAccess crossTenant, TimerPlanner planner, ICurrentUser user, IClock clock)
{
    internal const string ChangedMessage = "预览之后有事项发生了变化（已被办理、已结束或新开始），未迁移任何事项。请重新预览后再迁移。";

    internal sealed record Move(Guid InstanceId, string SubjectType, string SubjectId, Guid? TenantId, int FromVersion, string FromState, string FromStateLabel,
        string? ToState, string? ToStateLabel, int Version)
    {
        public bool StateKept => ToState == FromState;
    }

    /// <summary>A state of the older versions that the new version no longer has, with the instances sitting in it.</summary>
    internal sealed record DroppedState(string Name, string Label, int Instances, string? MappedTo);

    internal sealed record Plan(Guid DefinitionId, string Key, Guid DistrictId, int Version, string Title,
        IReadOnlyList<StateSpec> Targets, IReadOnlyList<DroppedState> Dropped, IReadOnlyList<Move> Moves, IReadOnlyList<string> Problems)
    {
        public bool CanApply => Problems.Count == 0 && Moves.Count > 0;
    }

    internal sealed record Result(int Moved, string? Error);

    public async Task<(Plan? Plan, string? Error)> PreviewAsync(Guid definitionId, IReadOnlyDictionary<string, string> mapping, CancellationToken cancellationToken = default)
    {
        using var city = crossTenant.EnterCityScope();
        var (plan, _, error) = await PlanAsync(definitionId, mapping, tracked: false, cancellationToken);
        return (plan, error);
    }

    /// <param name="seen">The instances of the preview with the version each had then (their concurrency tokens).</param>
    public async Task<Result> ApplyAsync(Guid definitionId, IReadOnlyDictionary<string, string> mapping, IReadOnlyDictionary<Guid, int> seen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seen);
        using var city = crossTenant.EnterCityScope();
        var (plan, instances, error) = await PlanAsync(definitionId, mapping, tracked: true, cancellationToken);
        if (plan is null)
        {
            return new Result(0, error);
        }

        if (plan.Problems.Count > 0)
        {
            return new Result(0, "未迁移任何事项：" + string.Join(" ", plan.Problems));
        }

        if (plan.Moves.Count == 0)
        {
            return new Result(0, "没有需要迁移的事项：所有进行中的事项都已在当前版本上。");
        }

        if (plan.Moves.Count != seen.Count || plan.Moves.Any(m => !seen.TryGetValue(m.InstanceId, out var version) || version != m.Version))
        {
            return new Result(0, ChangedMessage);
        }

        var target = await cache.GetAsync(db, definitionId, cancellationToken);
        var now = clock.UtcNow.UtcDateTime;
        foreach (var move in plan.Moves)
        {
            var instance = instances[move.InstanceId];
            var old = await cache.GetAsync(db, instance.DefinitionId, cancellationToken);
            var (timers, due) = await TimersAsync(instance, old, target, move.ToState!, now, cancellationToken);
            instance.MoveToVersion(target.Id, target.Version, move.ToState!, now, timers, due);
            db.Add(new WorkflowJournalEntry(instance.Id, instance.TenantId, WorkflowJournalKind.Migrated, now, user.Id, user.UserName, null, "版本迁移",
                move.FromState, move.ToState!, "{}", $"v{move.FromVersion} → v{plan.Version}", null));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A step was saved on one of them after it was read here: the whole migration rolled back.
            db.ChangeTracker.Clear();
            return new Result(0, ChangedMessage);
        }

        return new Result(plan.Moves.Count, null);
    }

    private async Task<(Plan? Plan, Dictionary<Guid, WorkflowInstance> Instances, string? Error)> PlanAsync(Guid definitionId, IReadOnlyDictionary<string, string> mapping,
        bool tracked, CancellationToken cancellationToken)
    {
        var row = await db.Set<WorkflowDefinition>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == definitionId, cancellationToken);
        if (row is null)
        {
            return (null, [], "未找到该流程版本。");
        }

        if (row.Status != WorkflowDefinitionStatus.Published)
        {
            return (null, [], $"v{row.Version} 不是当前发布的版本：事项只能迁移到当前发布的版本。");
        }

        var target = cache.Add(row);
        var query = db.Set<WorkflowInstance>().Include(i => i.Timers)
            .Where(i => i.Status == WorkflowInstanceStatus.Running && db.Set<WorkflowDefinition>().Any(d =>
                d.Id == i.DefinitionId && d.Key == row.Key && d.DistrictId == row.DistrictId && d.Version < row.Version));
        var instances = await (tracked ? query : query.AsNoTracking()).OrderBy(i => i.TenantId).ThenBy(i => i.StartedAtUtc).ToListAsync(cancellationToken);

        var moves = new List<Move>();
        var dropped = new Dictionary<string, (string Label, int Count)>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var instance in instances)
        {
            var old = await cache.GetAsync(db, instance.DefinitionId, cancellationToken);
            var state = instance.CurrentState;
            string? to = state;
            if (target.Body.States.All(s => s.Name != state))
            {
                dropped[state] = (old.LabelOf(state), dropped.GetValueOrDefault(state).Count + 1);
                to = mapping.TryGetValue(state, out var mapped) && IsTarget(target, mapped) ? mapped : null;
            }

            moves.Add(new Move(instance.Id, instance.SubjectType, instance.SubjectId, instance.TenantId, instance.DefinitionVersion, state, old.LabelOf(state),
                to, to is null ? null : target.LabelOf(to), instance.Version));
        }

        foreach (var (name, (label, _)) in dropped)
        {
            if (!mapping.TryGetValue(name, out var mapped) || string.IsNullOrWhiteSpace(mapped))
            {
                problems.Add($"新版本没有状态“{label}”，请为其中的事项选择迁移后的状态。");
            }
            else if (!IsTarget(target, mapped))
            {
                problems.Add($"“{label}”的事项不能迁移到“{target.LabelOf(mapped)}”：只能选择新版本中未结束的状态。");
            }
        }

        var targets = target.Body.States.Where(s => s.Kind != StateKind.Final).ToList();
        var droppedStates = dropped.Select(d => new DroppedState(d.Key, d.Value.Label, d.Value.Count, mapping.GetValueOrDefault(d.Key))).ToList();
        var plan = new Plan(row.Id, row.Key, row.DistrictId, row.Version, target.Body.Title, targets, droppedStates, moves, problems);
        return (plan, instances.ToDictionary(i => i.Id), null);
    }

    /// <summary>A move changes the state only: it runs no actions, so it may not end an instance (a final state is reached by a step).</summary>
    private static bool IsTarget(CompiledDefinition target, string state) => target.Body.States.Any(s => s.Name == state && s.Kind != StateKind.Final);

    private async Task<(List<WorkflowTimer> Timers, DateTime? Due)> TimersAsync(WorkflowInstance instance, CompiledDefinition old, CompiledDefinition target, string to,
        DateTime now, CancellationToken cancellationToken)
    {
        var kept = to == instance.CurrentState;
        var start = kept ? instance.StateEnteredAtUtc : now;
        // Timers an entry action started belong to the state, not to the version's timer list: they stay while the state does.
        // (A timer continued from an earlier state is the version's too: it is looked up under the state that started it.)
        var timers = kept ? instance.Timers.Where(t => !old.TimersOf(t.State).Any(s => s.Name == t.Name)).ToList() : [];
        var due = timers.Where(t => t.IsDeadline).Select(t => (DateTime?)t.DueAtUtc).Min();
        // The new version's timers of the state, and those it continues into the state from an earlier one; when that
        // earlier state was entered is not known here, so they count from the state's entry too (never less time).
        var specs = target.TimersOf(to).Concat(target.Body.Timers.Where(t => t.ContinuesInto(to)));
        foreach (var spec in specs)
        {
            var at = await planner.DueAsync(start, spec.After, spec.Unit, cancellationToken);
            if (spec.Deadline && (due is null || at < due))
            {
                due = at;
            }

            // A deadline the new version puts in the past marks the instance overdue at once, without firing (again).
            if (at > now)
            {
                timers.Add(new WorkflowTimer(Guid.NewGuid(), instance.Id, instance.TenantId, spec.State, spec.Name, start, new TimerSpan(spec.After, spec.Unit), at, spec.Trigger, spec.Deadline));
            }
        }

        return (timers, due);
    }
}

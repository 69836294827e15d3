using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Workflows.Domain;

namespace PrepaidPlatform.Workflows.Runtime;

/// <summary>
/// The engine's public face. Reads go through the tenant filter, so a district sees and fires only its own instances.
/// Firing a step reads the instance with its timers and whether the idempotency key was used on it (one query), takes the
/// definition from the cache, and saves everything with the caller's pending changes in one SaveChanges.
/// </summary>
internal sealed class WorkflowRuntime(
    PlatformDbContext db,
    DefinitionCache definitions,
    WorkflowStepper stepper,
    WorkflowStepCatalog catalog,
    IPermissionChecker permissions,
    ICurrentTenant currentTenant) : IWorkflowRuntime
{
    internal const string ConflictMessage = "该事项刚刚已被他人处理，您的操作未生效。请刷新页面查看最新状态后再操作。";

    public async Task<WorkflowStartResult> StartAsync(string definitionKey, string subjectType, string subjectId, CancellationToken cancellationToken = default)
    {
        var district = currentTenant.Id ?? WorkflowDefinition.City;
        // A district's published override wins over the city's published default.
        var row = await db.Set<WorkflowDefinition>().AsNoTracking()
            .Where(d => d.Key == definitionKey && d.Status == WorkflowDefinitionStatus.Published && (d.DistrictId == district || d.DistrictId == WorkflowDefinition.City))
            .OrderBy(d => d.DistrictId == WorkflowDefinition.City ? 1 : 0)
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return new WorkflowStartResult(null, $"流程 {definitionKey} 没有已发布的版本。");
        }

        var definition = definitions.Add(row);
        if (definition.Body.SubjectType != subjectType)
        {
            return new WorkflowStartResult(null, $"流程“{definition.Body.Title}”办理的是 {definition.Body.SubjectType}，不是 {subjectType}。");
        }

        if (await db.Set<WorkflowInstance>().AnyAsync(i => i.DefinitionKey == definitionKey && i.SubjectType == subjectType && i.SubjectId == subjectId
                && i.Status == WorkflowInstanceStatus.Running, cancellationToken))
        {
            return new WorkflowStartResult(null, $"该事项已有进行中的“{definition.Body.Title}”流程。");
        }

        var instance = new WorkflowInstance(Guid.NewGuid(), row, subjectType, subjectId, currentTenant.Id, definition.Initial.Name, stepper.UtcNow);
        db.Add(instance);
        await stepper.StartAsync(instance, definition, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new WorkflowStartResult(ToDto(instance, definition), null);
    }

    public async Task<WorkflowInstanceDto?> FindAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await FindUntracked(db, instanceId, cancellationToken);
        return instance is null ? null : ToDto(instance, await definitions.GetAsync(db, instance.DefinitionId, cancellationToken));
    }

    public async Task<IReadOnlyDictionary<Guid, WorkflowInstanceDto>> FindManyAsync(IReadOnlyCollection<Guid> instanceIds, CancellationToken cancellationToken = default)
    {
        var ids = instanceIds.Distinct().ToList();
        var instances = ids.Count == 0 ? [] : await db.Set<WorkflowInstance>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var result = new Dictionary<Guid, WorkflowInstanceDto>();
        foreach (var instance in instances)
        {
            // The definition cache answers repeated versions from memory: one query for the instances, not one per row.
            result[instance.Id] = ToDto(instance, await definitions.GetAsync(db, instance.DefinitionId, cancellationToken));
        }

        return result;
    }

    public async Task<WorkflowInstanceDto?> FindBySubjectAsync(string definitionKey, string subjectType, string subjectId, CancellationToken cancellationToken = default)
    {
        var instance = await db.Set<WorkflowInstance>().AsNoTracking()
            .Where(i => i.DefinitionKey == definitionKey && i.SubjectType == subjectType && i.SubjectId == subjectId)
            .OrderByDescending(i => i.StartedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
        return instance is null ? null : ToDto(instance, await definitions.GetAsync(db, instance.DefinitionId, cancellationToken));
    }

    public async Task<IReadOnlyList<WorkflowTriggerDto>> GetAvailableTriggersAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await db.Set<WorkflowInstance>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        return instance is null ? [] : await AvailableTriggersAsync(instance, await definitions.GetAsync(db, instance.DefinitionId, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The triggers the current user may fire on an instance already read (the work inbox reads a page of them in one
    /// query): permission from the user's claims, then the guard, which is told that no input was given yet.
    /// </summary>
    internal async Task<IReadOnlyList<WorkflowTriggerDto>> AvailableTriggersAsync(WorkflowInstance instance, CompiledDefinition definition, CancellationToken cancellationToken)
    {
        if (instance.Status != WorkflowInstanceStatus.Running)
        {
            return [];
        }

        var available = new List<WorkflowTriggerDto>();
        foreach (var transition in definition.Outgoing(instance.CurrentState))
        {
            if ((transition.Permission is { } permission && !permissions.IsGranted(permission)) || definition.IsTimerOnly(transition))
            {
                continue;
            }

            var context = stepper.Context(instance, definition, transition.Trigger, instance.CurrentState, transition.To, Empty, null, inputGiven: false, startTimer: null);
            if (!(await GuardAsync(transition, context, cancellationToken)).Passed)
            {
                continue;
            }

            available.Add(new WorkflowTriggerDto(transition.Trigger, transition.Label, transition.To, definition.LabelOf(transition.To),
                transition.Inputs.Select(f => new WorkflowInputFieldDto(f.Name, f.Label, f.Required, f.MaxLength)).ToList()));
        }

        return available;
    }

    public async Task<WorkflowFireResult> FireAsync(WorkflowFireRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await FireAsync(await LoadForStepAsync(request.InstanceId, request.IdempotencyKey, cancellationToken), request, cancellationToken);
    }

    /// <summary>
    /// The instance a step fires on: tracked, with its timers, and whether <paramref name="idempotencyKey"/> was used on it
    /// already, in one query. The step runner reads it once for the steps it offers and the one it fires.
    /// </summary>
    internal async Task<LoadedInstance?> LoadForStepAsync(Guid instanceId, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var row = await LoadForStep(db, instanceId, idempotencyKey, cancellationToken);
        return row is null ? null : new LoadedInstance(row.Instance, await definitions.GetAsync(db, row.Instance.DefinitionId, cancellationToken), row.KeyUsed);
    }

    private sealed record StepRow(WorkflowInstance Instance, bool KeyUsed);

    /// <summary>Compiled once: every step runs it (the tenant filter is the context's, as for any query).</summary>
    private static readonly Func<PlatformDbContext, Guid, string?, CancellationToken, Task<StepRow?>> LoadForStep = EF.CompileAsyncQuery(
        (PlatformDbContext db, Guid instanceId, string? idempotencyKey, CancellationToken cancellationToken) => db.Set<WorkflowInstance>()
            .Include(i => i.Timers).Where(i => i.Id == instanceId)
            .Select(i => new StepRow(i, idempotencyKey != null && db.Set<WorkflowJournalEntry>().Any(j => j.InstanceId == i.Id && j.IdempotencyKey == idempotencyKey)))
            .SingleOrDefault());

    /// <summary>Compiled once: the review page reads the instance it shows, and every step's caller with it.</summary>
    private static readonly Func<PlatformDbContext, Guid, CancellationToken, Task<WorkflowInstance?>> FindUntracked = EF.CompileAsyncQuery(
        (PlatformDbContext db, Guid instanceId, CancellationToken cancellationToken) => db.Set<WorkflowInstance>().AsNoTracking().SingleOrDefault(i => i.Id == instanceId));

    /// <param name="beforeSave">The caller's last changes, made once the step is allowed and taken, right before the save (see <see cref="IWorkflowStep"/>).</param>
    internal async Task<WorkflowFireResult> FireAsync(LoadedInstance? loaded, WorkflowFireRequest request, CancellationToken cancellationToken,
        Func<CancellationToken, Task>? beforeSave = null)
    {
        if (loaded is null)
        {
            return WorkflowFireResult.Refuse("未找到该流程，或您无权办理。");
        }

        var (instance, definition, keyUsed) = loaded;
        if (keyUsed)
        {
            return new WorkflowFireResult(WorkflowFireOutcome.AlreadyFired, ToDto(instance, definition), null, new Dictionary<string, string>());
        }

        var current = ToDto(instance, definition);
        if (request.ExpectedVersion is { } expected && expected != instance.Version)
        {
            return WorkflowFireResult.Refuse(ConflictMessage, current);
        }

        if (instance.Status != WorkflowInstanceStatus.Running)
        {
            return WorkflowFireResult.Refuse($"流程已于“{current.CurrentStateLabel}”结束，不能再办理。", current);
        }

        var transition = definition.Find(instance.CurrentState, request.Trigger);
        if (transition is null)
        {
            return WorkflowFireResult.Refuse($"当前状态“{current.CurrentStateLabel}”下不能执行“{request.Trigger}”。", current);
        }

        if (transition.Permission is { } permission && !permissions.IsGranted(permission))
        {
            return WorkflowFireResult.Refuse($"您没有“{transition.Label}”的权限。", current);
        }

        if (definition.IsTimerOnly(transition))
        {
            return WorkflowFireResult.Refuse($"“{transition.Label}”由平台在计时到期时自动办理。", current);
        }

        var (input, fieldErrors) = InputValidation.Check(transition, request.Input);
        if (fieldErrors.Count > 0)
        {
            return WorkflowFireResult.Refuse($"请检查“{transition.Label}”的填写内容。", current, fieldErrors);
        }

        var context = stepper.Context(instance, definition, transition.Trigger, instance.CurrentState, transition.To, input, request.Comment, inputGiven: true, startTimer: null);
        var guard = await GuardAsync(transition, context, cancellationToken);
        if (!guard.Passed)
        {
            return WorkflowFireResult.Refuse(guard.Reason ?? $"不满足“{transition.Label}”的条件。", current);
        }

        await stepper.TransitionAsync(instance, definition, transition, input, request.Comment, request.IdempotencyKey, WorkflowJournalKind.Fired, cancellationToken);
        if (beforeSave is not null)
        {
            await beforeSave(cancellationToken);
        }

        if (!await TrySaveAsync(cancellationToken))
        {
            return WorkflowFireResult.Refuse(ConflictMessage, current);
        }

        return new WorkflowFireResult(WorkflowFireOutcome.Fired, ToDto(instance, definition), null, new Dictionary<string, string>());
    }

    public async Task<IReadOnlyList<WorkflowJournalEntryDto>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<WorkflowJournalEntry>().AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var definitionId = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.Id == instanceId).Select(i => (Guid?)i.DefinitionId).SingleOrDefaultAsync(cancellationToken);
        // A state's label from the instance's definition, so a state the designer added reads in Chinese, never as its code.
        var definition = definitionId is { } id ? await definitions.GetAsync(db, id, cancellationToken) : null;
        return rows.Select(j => new WorkflowJournalEntryDto(j.Id, j.Kind, j.AtUtc, j.UserId, j.UserName, j.Trigger, j.Label, j.FromState, j.ToState,
            JsonSerializer.Deserialize<Dictionary<string, string>>(j.InputJson) ?? [], j.Comment)
        {
            ToStateLabel = definition?.LabelOf(j.ToState) ?? j.ToState,
        }).ToList();
    }

    /// <summary>Fires a due timer of the current state as the system (no permission, guard still applies); nothing when it was cancelled meanwhile.</summary>
    internal async Task<bool> FireTimerAsync(Guid timerId, CancellationToken cancellationToken)
    {
        var instanceId = await db.Set<WorkflowTimer>().Where(t => t.Id == timerId).Select(t => (Guid?)t.InstanceId).SingleOrDefaultAsync(cancellationToken);
        var instance = instanceId is null ? null : await db.Set<WorkflowInstance>().Include(i => i.Timers).SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        var timer = instance?.Timers.SingleOrDefault(t => t.Id == timerId);
        if (instance is null || timer is null)
        {
            return false;
        }

        var definition = await definitions.GetAsync(db, instance.DefinitionId, cancellationToken);
        var transition = timer.Trigger is null ? null : definition.Find(instance.CurrentState, timer.Trigger);
        if (transition is null)
        {
            await stepper.OverdueAsync(instance, definition, timer, cancellationToken);
        }
        else
        {
            var context = stepper.Context(instance, definition, transition.Trigger, instance.CurrentState, transition.To, Empty, null, inputGiven: true, startTimer: null);
            var guard = await GuardAsync(transition, context, cancellationToken);
            if (guard.Passed)
            {
                await stepper.TransitionAsync(instance, definition, transition, Empty, $"计时器 {timer.Name} 到期", null, WorkflowJournalKind.TimerFired, cancellationToken);
            }
            else
            {
                await stepper.OverdueAsync(instance, definition, timer, cancellationToken);
            }
        }

        return await TrySaveAsync(cancellationToken);
    }

    /// <summary>
    /// Saves the step with the caller's pending changes. Another step saved first (the version moved on): the save
    /// rolled back — to its savepoint inside the caller's transaction — and the pending changes are dropped, since
    /// they belonged to the refused step.
    /// </summary>
    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<WorkflowJournalEntry>().Any(e => e.State == EntityState.Added && e.Entity.IdempotencyKey is not null))
        {
            // The same idempotency key committed by a concurrent request first (the unique index refused the second).
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private async Task<WorkflowGuardResult> GuardAsync(Definitions.TransitionSpec transition, WorkflowStepContext context, CancellationToken cancellationToken)
    {
        if (transition.Guard is not { } step)
        {
            return WorkflowGuardResult.Pass;
        }

        var guard = catalog.FindGuard(step.Name) ?? throw new InvalidOperationException($"流程条件 {step.Name} 未注册。");
        return await guard.EvaluateAsync(context.WithArguments(new WorkflowArguments(step.Parameters)), cancellationToken);
    }

    internal static WorkflowInstanceDto ToDto(WorkflowInstance i, CompiledDefinition definition) =>
        new(i.Id, i.DefinitionKey, i.DefinitionVersion, i.SubjectType, i.SubjectId, i.TenantId, i.Status, i.CurrentState, definition.LabelOf(i.CurrentState),
            i.StateEnteredAtUtc, i.DueAtUtc, i.Version);

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();
}

/// <summary>An instance read for a step (<see cref="WorkflowRuntime.LoadForStepAsync"/>).</summary>
internal sealed record LoadedInstance(WorkflowInstance Instance, CompiledDefinition Definition, bool KeyUsed);

using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Operations;

namespace PrepaidPlatform.Workflows.Runtime;

/// <summary>
/// <see cref="IWorkflowStepRunner"/> on the kernel's unit of work: the runtime saves the step with the caller's pending
/// changes on the same scoped context, so both join the one transaction this run owns.
/// </summary>
internal sealed class WorkflowStepRunner(PlatformDbContext db, WorkflowRuntime runtime, PausePoints pauses) : IWorkflowStepRunner
{
    public Task<TOutcome> RunAsync<TOutcome>(WorkflowStepRequest request, Func<IWorkflowStep, Task<TOutcome>> work, Func<TOutcome, bool> succeeded,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(succeeded);
        var step = new Step(runtime, request);
        return db.InTransactionAsync(async () =>
        {
            var outcome = await work(step);
            if (succeeded(outcome) && step.Result is not { Succeeded: true })
            {
                // Committing here would keep a business change whose step was never taken.
                throw new InvalidOperationException("办理报告成功，但流程步骤未执行或被拒绝。");
            }

            if (step.Result is { Succeeded: true } && step.Trigger is { } trigger)
            {
                // A crash test's point: the business change and the step are saved in the open transaction, not committed.
                await pauses.ReachedAsync("workflow-step-saved:" + trigger);
            }

            return outcome;
        }, outcome => succeeded(outcome) && step.Result?.Outcome == WorkflowFireOutcome.Fired, cancellationToken);
    }

    /// <summary>
    /// One run's step. The instance is read once (tracked, with its timers and the idempotency key's use) for the steps
    /// offered and the step fired: the version check and the save's concurrency token still guard against another step
    /// taken meanwhile, as when it was read twice.
    /// </summary>
    private sealed class Step(WorkflowRuntime runtime, WorkflowStepRequest request) : IWorkflowStep
    {
        private readonly Dictionary<Guid, LoadedInstance?> _loaded = [];
        private readonly Dictionary<(Guid Instance, string Trigger), WorkflowTriggerDto?> _offered = [];

        public WorkflowFireResult? Result { get; private set; }

        public string? Trigger { get; private set; }

        public async Task<WorkflowTriggerDto?> OfferedAsync(Guid instanceId, string trigger, CancellationToken cancellationToken = default)
        {
            if (!_offered.TryGetValue((instanceId, trigger), out var offered))
            {
                var loaded = await LoadAsync(instanceId, cancellationToken);
                offered = loaded is null ? null
                    : (await runtime.AvailableTriggersAsync(loaded.Instance, loaded.Definition, cancellationToken)).FirstOrDefault(t => t.Trigger == trigger);
                _offered[(instanceId, trigger)] = offered;
            }

            return offered;
        }

        public Task<WorkflowFireResult> FireAsync(Guid instanceId, string trigger, CancellationToken cancellationToken = default) =>
            FireCoreAsync(instanceId, trigger, null, cancellationToken);

        public Task<WorkflowFireResult> FireAsync(Guid instanceId, string trigger, Func<CancellationToken, Task> beforeSave, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(beforeSave);
            return FireCoreAsync(instanceId, trigger, beforeSave, cancellationToken);
        }

        private async Task<WorkflowFireResult> FireCoreAsync(Guid instanceId, string trigger, Func<CancellationToken, Task>? beforeSave, CancellationToken cancellationToken)
        {
            if (Result is not null)
            {
                throw new InvalidOperationException("一次办理只执行一个流程步骤。");
            }

            Trigger = trigger;
            var input = request.Values is { Count: > 0 } values ? InputsOf(await OfferedAsync(instanceId, trigger, cancellationToken), values) : null;
            Result = await runtime.FireAsync(await LoadAsync(instanceId, cancellationToken),
                new WorkflowFireRequest(instanceId, trigger, input, request.Comment, request.IdempotencyKey, request.ExpectedVersion), cancellationToken, beforeSave);
            return Result;
        }

        private async Task<LoadedInstance?> LoadAsync(Guid instanceId, CancellationToken cancellationToken)
        {
            if (!_loaded.TryGetValue(instanceId, out var loaded))
            {
                loaded = await runtime.LoadForStepAsync(instanceId, request.IdempotencyKey, cancellationToken);
                _loaded[instanceId] = loaded;
            }

            return loaded;
        }

        // A step the workflow does not offer gets no input: the runtime refuses it on its own terms.
        private static Dictionary<string, string>? InputsOf(WorkflowTriggerDto? step, IReadOnlyDictionary<string, string> values) =>
            step?.Inputs.Where(i => values.TryGetValue(i.Name, out var value) && !string.IsNullOrWhiteSpace(value))
                .ToDictionary(i => i.Name, i => values[i.Name].Trim());
    }
}

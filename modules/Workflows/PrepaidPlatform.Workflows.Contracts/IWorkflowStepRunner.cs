namespace PrepaidPlatform.Workflows;

/// <summary>
/// Takes one workflow step together with the business change that goes with it — the rule of every module whose
/// subject follows a workflow (备案审核, 备案注销, 管理员变更, and the reports and credit reviews to come): both commit in
/// one transaction or neither does. The work finds its subject, asks which step the workflow offers the current user
/// now (to act on its target state before the step is taken), makes its change and fires the step. The transaction
/// commits only when the step was taken now and the work reports success. A refused step, an idempotent replay (the
/// step was taken before, so this run changes nothing) or an exception rolls it back and clears the change tracker.
/// </summary>
public interface IWorkflowStepRunner
{
    /// <param name="work">Reads, changes and saves on the scoped platform DbContext; takes the step through the <see cref="IWorkflowStep"/> it is given.</param>
    /// <param name="succeeded">Whether the work's outcome reports success. Success without the step fired (taken or replayed) is a programming error.</param>
    Task<TOutcome> RunAsync<TOutcome>(WorkflowStepRequest request, Func<IWorkflowStep, Task<TOutcome>> work, Func<TOutcome, bool> succeeded,
        CancellationToken cancellationToken = default);
}

/// <param name="IdempotencyKey">One per rendered form, prefixed by the operation (<c>filing-review:</c>): a double click takes the step once.</param>
/// <param name="Values">What the user typed into the step inputs. Only the inputs the offered step asks for travel with it, trimmed, blank ones
/// dropped: a reason typed before pressing 同意 is not that step's input.</param>
/// <param name="ExpectedVersion">The instance version the user saw; a newer one means someone else acted first.</param>
public sealed record WorkflowStepRequest(
    string IdempotencyKey,
    IReadOnlyDictionary<string, string>? Values = null,
    int? ExpectedVersion = null,
    string? Comment = null);

/// <summary>The step of one <see cref="IWorkflowStepRunner.RunAsync{TOutcome}"/> run.</summary>
public interface IWorkflowStep
{
    /// <summary>The step of <paramref name="trigger"/> as the workflow offers it to the current user on the instance now (permission and guard), or <c>null</c>.</summary>
    Task<WorkflowTriggerDto?> OfferedAsync(Guid instanceId, string trigger, CancellationToken cancellationToken = default);

    /// <summary>Fires <paramref name="trigger"/> on the instance with the request's key, version and the inputs the offered step asks for; once per run.</summary>
    Task<WorkflowFireResult> FireAsync(Guid instanceId, string trigger, CancellationToken cancellationToken = default);

    /// <summary>
    /// Fires like <see cref="FireAsync(Guid, string, CancellationToken)"/>; <paramref name="beforeSave"/> runs once the step is
    /// allowed and its actions have run, right before the save that writes it with the caller's changes, and not at all
    /// when the step is refused. For a change that takes a contended lock (the city-wide 备案编号 counter): made there, the
    /// lock is held from that point to the commit, not through the step's reads and checks.
    /// </summary>
    Task<WorkflowFireResult> FireAsync(Guid instanceId, string trigger, Func<CancellationToken, Task> beforeSave, CancellationToken cancellationToken = default);
}

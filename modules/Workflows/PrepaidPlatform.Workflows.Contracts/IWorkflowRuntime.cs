namespace PrepaidPlatform.Workflows;

/// <summary>
/// Runs the approval lifecycles (W1). Every call stages its changes on the scoped platform DbContext and saves them
/// with one <c>SaveChanges</c>, which also writes whatever the caller changed on that context before (the subject):
/// the business change and its workflow step commit together. When the caller has begun a transaction, the save
/// joins it and the caller commits. A refused step saves nothing. A step that loses the race to another one at
/// save time (refused with a Chinese message) also drops the context's pending changes, the caller's included: they
/// belonged to the refused step.
/// </summary>
public interface IWorkflowRuntime
{
    /// <summary>
    /// Starts an instance for a subject on the published definition of <paramref name="definitionKey"/> for the
    /// current district (its override, else the city's default), in the initial state.
    /// </summary>
    Task<WorkflowStartResult> StartAsync(string definitionKey, string subjectType, string subjectId, CancellationToken cancellationToken = default);

    Task<WorkflowInstanceDto?> FindAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Several instances in one query (a work queue's page), keyed by id; ids not found (or of another district) are absent.</summary>
    Task<IReadOnlyDictionary<Guid, WorkflowInstanceDto>> FindManyAsync(IReadOnlyCollection<Guid> instanceIds, CancellationToken cancellationToken = default);

    /// <summary>The latest instance of the definition for the subject, if any.</summary>
    Task<WorkflowInstanceDto?> FindBySubjectAsync(string definitionKey, string subjectType, string subjectId, CancellationToken cancellationToken = default);

    /// <summary>The triggers the current user may fire now: the transitions out of the current state whose permission the user holds and whose guard passes.</summary>
    Task<IReadOnlyList<WorkflowTriggerDto>> GetAvailableTriggersAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Fires a trigger: input fields → permission → guard → actions → new state → journal entry, in one save.</summary>
    Task<WorkflowFireResult> FireAsync(WorkflowFireRequest request, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WorkflowJournalEntryDto>> GetJournalAsync(Guid instanceId, CancellationToken cancellationToken = default);
}

/// <param name="ExpectedVersion">The instance version the user saw; a newer one means someone else acted first.</param>
/// <param name="IdempotencyKey">The same key again (a double click, a retried request) changes nothing and reports the step already taken.</param>
public sealed record WorkflowFireRequest(
    Guid InstanceId,
    string Trigger,
    IReadOnlyDictionary<string, string>? Input = null,
    string? Comment = null,
    string? IdempotencyKey = null,
    int? ExpectedVersion = null);

public enum WorkflowFireOutcome
{
    Fired = 0,

    /// <summary>The idempotency key was used before: nothing changed this time.</summary>
    AlreadyFired = 1,

    /// <summary>Refused (unknown trigger, not allowed, guard, input, or someone else acted first): nothing changed.</summary>
    Refused = 2,
}

public sealed record WorkflowFireResult(
    WorkflowFireOutcome Outcome,
    WorkflowInstanceDto? Instance,
    string? Error,
    IReadOnlyDictionary<string, string> FieldErrors)
{
    public bool Succeeded => Outcome is WorkflowFireOutcome.Fired or WorkflowFireOutcome.AlreadyFired;

    public static WorkflowFireResult Refuse(string error, WorkflowInstanceDto? instance = null, IReadOnlyDictionary<string, string>? fieldErrors = null) =>
        new(WorkflowFireOutcome.Refused, instance, error, fieldErrors ?? new Dictionary<string, string>());
}

public sealed record WorkflowStartResult(WorkflowInstanceDto? Instance, string? Error)
{
    public bool Succeeded => Instance is not null;
}

using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Workflows;

/// <summary>
/// Keeps a module's subject row with its workflow: a definition's <c>subject.setStatus</c> action writes the new status
/// in the step's own transaction (<see cref="IWorkflowSubjectStatusWriter"/>) and publishes it; the subject's module
/// copies it onto the row its pages read (again, harmlessly, when the event arrives, inside the event's district). The outbox may deliver the events of two quick steps (受理 then 驳回) in either order, so only the
/// event of the instance's current state is applied: a stale one changes nothing and the newer one sets the status.
/// A status the module does not know (one the city's designer introduced) fails loudly, so the outbox retries and
/// reports it; a subject that no longer exists is left alone.
/// </summary>
public abstract class WorkflowSubjectStatusSync<TSubject, TStatus>(IWorkflowRuntime workflows)
    : IIntegrationEventHandler<WorkflowSubjectStatusRequested>, IIntegrationEventFilter<WorkflowSubjectStatusRequested>, IWorkflowSubjectStatusWriter
    where TSubject : class
{
    /// <summary>The subject types this module owns; the events of every other type pass by.</summary>
    protected abstract IReadOnlyCollection<string> SubjectTypes { get; }

    /// <summary>The module's status for each status code a definition may set.</summary>
    protected abstract IReadOnlyDictionary<string, TStatus> Statuses { get; }

    /// <summary>The Chinese name of each status code of <see cref="Statuses"/>, for the designer's list.</summary>
    protected abstract IReadOnlyDictionary<string, string> StatusLabels { get; }

    /// <summary>The subject as the error about an unknown status names it (备案申请).</summary>
    protected abstract string SubjectName { get; }

    /// <summary>The tracked subject row, or <c>null</c> when it is gone.</summary>
    protected abstract Task<TSubject?> FindAsync(Guid subjectId, CancellationToken cancellationToken);

    protected abstract Task ApplyAsync(TSubject subject, TStatus status, CancellationToken cancellationToken);

    /// <summary>
    /// Inside the step: the status joins the step's transaction, so the page read right after 驳回 shows 备案驳回 (not the
    /// old status until the outbox delivers). A status the module does not know is left to the event, which reports it.
    /// </summary>
    public async Task WriteAsync(string subjectType, string subjectId, string status, CancellationToken cancellationToken)
    {
        if (SubjectTypes.Contains(subjectType) && Guid.TryParse(subjectId, out var id) && Statuses.TryGetValue(status, out var known)
            && await FindAsync(id, cancellationToken) is { } subject)
        {
            await ApplyAsync(subject, known, cancellationToken);
        }
    }

    public IReadOnlyList<WorkflowChoice> StatusChoices(string subjectType) =>
        SubjectTypes.Contains(subjectType)
            ? Statuses.Keys.Select(code => new WorkflowChoice(code, StatusLabels.TryGetValue(code, out var label) ? label : code)).ToList()
            : [];

    /// <summary>Every step of every module's workflow publishes the event; the outbox passes another module's subjects by.</summary>
    public bool Wants(WorkflowSubjectStatusRequested integrationEvent) =>
        integrationEvent is not null && SubjectTypes.Contains(integrationEvent.SubjectType) && Guid.TryParse(integrationEvent.SubjectId, out _);

    public async Task HandleAsync(WorkflowSubjectStatusRequested integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (!Wants(integrationEvent) || !Guid.TryParse(integrationEvent.SubjectId, out var id))
        {
            return;
        }

        if (!Statuses.TryGetValue(integrationEvent.Status, out var status))
        {
            throw new InvalidOperationException($"{SubjectName}不支持的状态：{integrationEvent.Status}");
        }

        var instance = await workflows.FindAsync(integrationEvent.InstanceId, cancellationToken);
        if (instance is null || instance.CurrentState != integrationEvent.State)
        {
            return;
        }

        if (await FindAsync(id, cancellationToken) is { } subject)
        {
            await ApplyAsync(subject, status, cancellationToken);
        }
    }
}

/// <summary>
/// A module that owns subjects of workflows sets their business status within the step (<c>subject.setStatus</c>), on
/// the step's unit of work, so that the status and the journal commit together.
/// </summary>
public interface IWorkflowSubjectStatusWriter
{
    /// <summary>Sets the status when the subject type is this module's and the status one it knows; otherwise does nothing.</summary>
    Task WriteAsync(string subjectType, string subjectId, string status, CancellationToken cancellationToken);

    /// <summary>The statuses a definition of <paramref name="subjectType"/> may set, with their Chinese names; none for another module's type.</summary>
    IReadOnlyList<WorkflowChoice> StatusChoices(string subjectType);
}

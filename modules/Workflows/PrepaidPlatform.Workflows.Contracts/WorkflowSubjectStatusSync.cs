using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Workflows;

/// <summary>
/// Keeps a module's subject row with its workflow: a definition's <c>subject.setStatus</c> action publishes the new
/// status after each step, and the subject's module copies it onto the row its pages read (once per event, inside the
/// event's district). The outbox may deliver the events of two quick steps (受理 then 驳回) in either order, so only the
/// event of the instance's current state is applied: a stale one changes nothing and the newer one sets the status.
/// A status the module does not know (one the city's designer introduced) fails loudly, so the outbox retries and
/// reports it; a subject that no longer exists is left alone.
/// </summary>
public abstract class WorkflowSubjectStatusSync<TSubject, TStatus>(IWorkflowRuntime workflows) : IIntegrationEventHandler<WorkflowSubjectStatusRequested>
    where TSubject : class
{
    /// <summary>The subject types this module owns; the events of every other type pass by.</summary>
    protected abstract IReadOnlyCollection<string> SubjectTypes { get; }

    /// <summary>The module's status for each status code a definition may set.</summary>
    protected abstract IReadOnlyDictionary<string, TStatus> Statuses { get; }

    /// <summary>The subject as the error about an unknown status names it (备案申请).</summary>
    protected abstract string SubjectName { get; }

    /// <summary>The tracked subject row, or <c>null</c> when it is gone.</summary>
    protected abstract Task<TSubject?> FindAsync(Guid subjectId, CancellationToken cancellationToken);

    protected abstract Task ApplyAsync(TSubject subject, TStatus status, CancellationToken cancellationToken);

    public async Task HandleAsync(WorkflowSubjectStatusRequested integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (!SubjectTypes.Contains(integrationEvent.SubjectType) || !Guid.TryParse(integrationEvent.SubjectId, out var id))
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

using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// Keeps the application's status with its <c>filing.registration</c> instance: the definition's <c>subject.setStatus</c>
/// action publishes the new status after each step, and this handler (inside the event's district, once per event)
/// copies it onto the row that the operator's page and the district's list read. The outbox may deliver the events of
/// two quick steps (受理 then 驳回) in either order, so only the event of the instance's current state is applied; a stale
/// one changes nothing and the newer one sets the status.
/// </summary>
internal sealed class FilingStatusSync(PlatformDbContext db, IWorkflowRuntime workflows, IClock clock) : IIntegrationEventHandler<WorkflowSubjectStatusRequested>
{
    private static readonly Dictionary<string, FilingApplicationStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["draft"] = FilingApplicationStatus.Draft,
        ["submitted"] = FilingApplicationStatus.Submitted,
        ["under_review"] = FilingApplicationStatus.UnderReview,
        ["rejected"] = FilingApplicationStatus.Rejected,
        ["approved"] = FilingApplicationStatus.Approved,
        ["withdrawn"] = FilingApplicationStatus.Withdrawn,
    };

    public async Task HandleAsync(WorkflowSubjectStatusRequested integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.SubjectType is not (FilingApplication.SubjectType or FilingApplication.ChangeSubjectType) || !Guid.TryParse(integrationEvent.SubjectId, out var id))
        {
            return;
        }

        if (!Statuses.TryGetValue(integrationEvent.Status, out var status))
        {
            // A status the city's designer introduced that filing does not know: fail loudly so the outbox retries and reports it.
            throw new InvalidOperationException($"备案申请不支持的状态：{integrationEvent.Status}");
        }

        var instance = await workflows.FindAsync(integrationEvent.InstanceId, cancellationToken);
        if (instance is null || instance.CurrentState != integrationEvent.State)
        {
            return;
        }

        var application = await db.Set<FilingApplication>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        application?.FollowWorkflow(status, clock.UtcNow.UtcDateTime);
    }
}

using PrepaidPlatform.Custody;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Risk;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Portal.Application;

/// <summary>
/// Drops the portal's cached answers when what they show may have changed: custody turned 达标 or 不足, reporting facts
/// (connection) changed, or a workflow moved a subject (a filing approved, a 注销 published). Everything goes, not one
/// operator's entries: lists and searches show many operators, and these events are rare next to page views. What no
/// event announces (a code suspended, a credit record) shows after the cache's lifetime.
/// </summary>
internal sealed class PortalCacheInvalidation(PortalCache cache)
    : IIntegrationEventHandler<CustodyComplianceChanged>, IIntegrationEventHandler<ReportingFactsChanged>, IIntegrationEventHandler<WorkflowSubjectStatusRequested>
{
    public Task HandleAsync(CustodyComplianceChanged integrationEvent, CancellationToken cancellationToken) => Drop();

    public Task HandleAsync(ReportingFactsChanged integrationEvent, CancellationToken cancellationToken) => Drop();

    public Task HandleAsync(WorkflowSubjectStatusRequested integrationEvent, CancellationToken cancellationToken) => Drop();

    private Task Drop()
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }
}

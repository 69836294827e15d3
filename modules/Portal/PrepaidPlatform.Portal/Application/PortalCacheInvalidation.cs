using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Risk;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Portal.Application;

/// <summary>
/// Drops the portal's cached answers when what they show may have changed: custody turned 达标 or 不足, reporting facts
/// (connection) changed, a workflow moved a subject (a filing approved, a 注销 published), a 备案码 was suspended or
/// resumed, or credit records and risk codes changed. Everything goes, not one operator's entries: lists and searches
/// show many operators, and these events are rare next to page views.
/// </summary>
internal sealed class PortalCacheInvalidation(PortalCache cache)
    : IIntegrationEventHandler<CustodyComplianceChanged>, IIntegrationEventHandler<ReportingFactsChanged>, IIntegrationEventHandler<WorkflowSubjectStatusRequested>,
        IIntegrationEventHandler<FilingCodeStatusChanged>, IIntegrationEventHandler<PublicCreditInformationChanged>
{
    public Task HandleAsync(CustodyComplianceChanged integrationEvent, CancellationToken cancellationToken) => Drop();

    public Task HandleAsync(ReportingFactsChanged integrationEvent, CancellationToken cancellationToken) => Drop();

    public Task HandleAsync(WorkflowSubjectStatusRequested integrationEvent, CancellationToken cancellationToken) => Drop();

    public Task HandleAsync(FilingCodeStatusChanged integrationEvent, CancellationToken cancellationToken) => Drop();

    public Task HandleAsync(PublicCreditInformationChanged integrationEvent, CancellationToken cancellationToken) => Drop();

    private Task Drop()
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }
}

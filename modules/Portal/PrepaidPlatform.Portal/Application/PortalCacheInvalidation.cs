using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Platform.Caching;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Risk;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Portal.Application;

/// <summary>
/// Drops the portal's cached answers when what they show may have changed: custody turned 达标 or 不足, reporting facts
/// (connection) changed, a workflow moved a subject (a filing approved, a 注销 published), a 备案码 was suspended or
/// resumed, or credit records and risk codes changed. Everything goes, not one operator's entries: lists and searches
/// show many operators, and these events are rare next to page views.
/// <para>The stored operator pages (<see cref="PublicViewStore"/>) of the operator concerned go stale on custody and
/// reporting changes here; filings and credit make them stale where they are written (Filing, CreditRisk).</para>
/// </summary>
internal sealed class PortalCacheInvalidation(PortalCache cache, PublicViewStore views)
    : IIntegrationEventHandler<CustodyComplianceChanged>, IIntegrationEventHandler<ReportingFactsChanged>, IIntegrationEventHandler<WorkflowSubjectStatusRequested>,
        IIntegrationEventHandler<FilingCodeStatusChanged>, IIntegrationEventHandler<PublicCreditInformationChanged>
{
    public async Task HandleAsync(CustodyComplianceChanged integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        await views.InvalidateAsync(integrationEvent.OperatorUserId, cancellationToken);
        await Drop();
    }

    public async Task HandleAsync(ReportingFactsChanged integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        await views.InvalidateAsync(integrationEvent.OperatorUserId, cancellationToken);
        await Drop();
    }

    public Task HandleAsync(WorkflowSubjectStatusRequested integrationEvent, CancellationToken cancellationToken) => Drop();

    public Task HandleAsync(FilingCodeStatusChanged integrationEvent, CancellationToken cancellationToken) => Drop();

    // CreditRisk made them stale where it wrote the codes already (RiskCodes); the event says so to every other sender's readers.
    public async Task HandleAsync(PublicCreditInformationChanged integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        await (integrationEvent.Concerned() is { } concerned ? views.InvalidateAsync(concerned, cancellationToken) : views.InvalidateAsync((Guid?)null, cancellationToken));
        await Drop();
    }

    private Task Drop()
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }
}

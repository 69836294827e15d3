using Microsoft.Extensions.Configuration;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Platform.Caching;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// The public filing-code page's answers by 备案编号 (<see cref="AnswerCache"/>, settings <c>FilingCode:CacheSeconds</c>
/// and <c>FilingCode:CacheEntries</c>): the page a poster's QR code opens, so a viral code is served from memory.
/// </summary>
internal sealed class FilingCodeCache(IConfiguration configuration) : AnswerCache(configuration, Section)
{
    public const string Section = "FilingCode";
}

/// <summary>
/// Drops the cached filing-code answers when what they show may have changed: a workflow moved a filing (approved,
/// changed, 注销), its code was suspended or resumed, or credit records and risk codes changed. 更新证照 drops them where it
/// saves (<see cref="Onboarding.LicenceOnboarding"/>). Everything goes, not one number: these events are rare next to scans.
/// <para>The stored views (<see cref="PublicViewStore"/>) are made stale where the change is written, so the page right
/// after it shows the new state: a filing's status in the step's transaction (<see cref="FilingStatusSync"/>,
/// <see cref="DeregistrationStatusSync"/>), a code's suspension after its save (<see cref="FilingCodeControl"/>, and here
/// again when its event arrives), 更新证照 after its save, credit codes where CreditRisk writes them.</para>
/// </summary>
internal sealed class FilingCodeCacheInvalidation(FilingCodeCache cache, PublicViewStore views)
    : IIntegrationEventHandler<WorkflowSubjectStatusRequested>, IIntegrationEventHandler<FilingCodeStatusChanged>, IIntegrationEventHandler<PublicCreditInformationChanged>
{
    public Task HandleAsync(WorkflowSubjectStatusRequested integrationEvent, CancellationToken cancellationToken) => Drop();

    public async Task HandleAsync(FilingCodeStatusChanged integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        await views.InvalidateAsync(integrationEvent.OperatorUserId, cancellationToken);
        await Drop();
    }

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

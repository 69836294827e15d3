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
/// </summary>
internal sealed class FilingCodeCacheInvalidation(FilingCodeCache cache)
    : IIntegrationEventHandler<WorkflowSubjectStatusRequested>, IIntegrationEventHandler<FilingCodeStatusChanged>, IIntegrationEventHandler<PublicCreditInformationChanged>
{
    public Task HandleAsync(WorkflowSubjectStatusRequested integrationEvent, CancellationToken cancellationToken) => Drop();

    public Task HandleAsync(FilingCodeStatusChanged integrationEvent, CancellationToken cancellationToken) => Drop();

    public Task HandleAsync(PublicCreditInformationChanged integrationEvent, CancellationToken cancellationToken) => Drop();

    private Task Drop()
    {
        cache.Invalidate();
        return Task.CompletedTask;
    }
}

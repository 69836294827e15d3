using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Notifications.Sms;

/// <summary>
/// Delivers queued SMS of every district through the gateway, outside any business transaction. A message is claimed
/// by a conditional update of its <c>NextAttemptAtUtc</c> (only one instance wins it); a failed attempt waits twice as
/// long as the one before (<see cref="SmsOptions.RetryDelay"/>, on the platform clock) until the last one marks it failed.
/// </summary>
internal sealed class SmsDispatcher(
    IServiceScopeFactory scopeFactory,
    SmsSignal signal,
    IDataFilter dataFilter,
    IOptions<SmsOptions> options,
    IClock clock,
    ILogger<SmsDispatcher> logger) : SignalledDispatcher(signal, logger)
{
    protected override int BatchSize => options.Value.BatchSize;

    protected override TimeSpan PollingInterval => options.Value.PollingInterval;

    // System work over every district's outbox: no user, no tenant.
    protected override IDisposable EnterRun() => dataFilter.Disable<IMultiTenant>();

    protected override async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = clock.UtcNow.UtcDateTime;
        var due = await db.Set<SmsMessage>().AsNoTracking()
            .Where(m => m.Status == SmsStatus.Pending && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.NextAttemptAtUtc)
            .Take(settings.BatchSize)
            .Select(m => new { m.Id, m.NextAttemptAtUtc })
            .ToListAsync(cancellationToken);

        foreach (var message in due)
        {
            var claimedUntil = clock.UtcNow.UtcDateTime + settings.ClaimDuration;
            var claimed = await db.Set<SmsMessage>()
                .Where(m => m.Id == message.Id && m.NextAttemptAtUtc == message.NextAttemptAtUtc && m.Status == SmsStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, claimedUntil), cancellationToken);
            if (claimed == 1)
            {
                await DeliverAsync(message.Id, settings, cancellationToken);
            }
        }

        return due.Count;
    }

    private async Task DeliverAsync(Guid id, SmsOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var message = await db.Set<SmsMessage>().SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            var protector = scope.ServiceProvider.GetRequiredService<IPersonalDataProtector>();
            var gatewayId = await scope.ServiceProvider.GetRequiredService<ISmsGateway>().SendAsync(protector.Unprotect(message.PhoneProtected), message.DeliveryText(protector), cancellationToken);
            message.MarkSent(clock.UtcNow.UtcDateTime, gatewayId);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            message.MarkAttemptFailed(clock.UtcNow.UtcDateTime, ex.Message, settings.MaxAttempts, settings.RetryDelay);
            logger.LogWarning("SMS {MessageId} to {Phone} failed attempt {Attempt}{Final}: {Error}",
                message.Id, message.PhoneMasked, message.Attempts, message.Status == SmsStatus.Failed ? " (given up)" : string.Empty, ex.Message);
        }

        // The outcome of a call already made must be recorded even while the host stops.
        await db.SaveChangesAsync(CancellationToken.None);
    }
}

using System.Data;
using System.Diagnostics;
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
/// Delivers queued SMS of every district through the gateway, outside any business transaction, a batch a round in one
/// scope. The round claims its batch in one conditional update (pending, due, so not claimed by another instance now),
/// moving each message's <c>NextAttemptAtUtc</c> to the claim's end under a token of its own; it reads back the messages
/// carrying its token (only one instance wins each), hands them to the gateway one after the other, and records every
/// outcome in one save. A failed attempt waits twice as long as the one before (<see cref="SmsOptions.RetryDelay"/>, on the
/// platform clock) until the last one marks it failed. A round that dies before its save leaves its messages claimed until
/// the claim ends; then they are due again (sent at least once, as before). A round stops handing messages to the gateway
/// once half the claim's duration has passed (a slow provider), so that none is delivered after its claim could have passed
/// to another instance; the rest are due again when the claim ends.
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
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var started = Stopwatch.GetTimestamp();
        var token = Guid.NewGuid();
        var claimedUntil = clock.UtcNow.UtcDateTime + settings.ClaimDuration;
        // Still pending and due: another instance's claim moved the time past now, a delivery changed the status. On MariaDB
        // under READ COMMITTED: no gap locks, and rows a writer has not committed yet are passed over, not waited for. Under
        // the default REPEATABLE READ the claim locked the index range of due messages and deadlocked with a job inserting
        // its batch of SMS at the range's end (the reminder job's full run: 2 rounds failed).
        int claimed;
        await using (var claim = await db.Database.BeginTransactionAsync(db.Database.IsSqlite() ? IsolationLevel.Serializable : IsolationLevel.ReadCommitted, cancellationToken))
        {
            claimed = await db.Set<SmsMessage>()
                .Where(m => due.Contains(m.Id) && m.Status == SmsStatus.Pending && m.NextAttemptAtUtc <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, claimedUntil).SetProperty(m => m.ClaimToken, token), cancellationToken);
            await claim.CommitAsync(cancellationToken);
        }

        if (claimed == 0)
        {
            return due.Count;
        }

        var messages = await db.Set<SmsMessage>().Where(m => due.Contains(m.Id) && m.ClaimToken == token).OrderBy(m => m.CreatedAtUtc).ToListAsync(cancellationToken);
        var gateway = scope.ServiceProvider.GetRequiredService<ISmsGateway>();
        var protector = scope.ServiceProvider.GetRequiredService<IPersonalDataProtector>();
        try
        {
            foreach (var message in messages)
            {
                if (cancellationToken.IsCancellationRequested || Stopwatch.GetElapsedTime(started) > settings.ClaimDuration / 2)
                {
                    break;
                }

                await DeliverAsync(message, gateway, protector, settings, cancellationToken);
            }
        }
        finally
        {
            // The outcomes of calls already made must be recorded even while the host stops.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return due.Count;
    }

    private async Task DeliverAsync(SmsMessage message, ISmsGateway gateway, IPersonalDataProtector protector, SmsOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            var gatewayId = await gateway.SendAsync(protector.Unprotect(message.PhoneProtected), message.DeliveryText(protector), cancellationToken);
            message.MarkSent(clock.UtcNow.UtcDateTime, gatewayId);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            message.MarkAttemptFailed(clock.UtcNow.UtcDateTime, ex.Message, settings.MaxAttempts, settings.RetryDelay);
            logger.LogWarning("SMS {MessageId} to {Phone} failed attempt {Attempt}{Final}: {Error}",
                message.Id, message.PhoneMasked, message.Attempts, message.Status == SmsStatus.Failed ? " (given up)" : string.Empty, ex.Message);
        }
    }
}

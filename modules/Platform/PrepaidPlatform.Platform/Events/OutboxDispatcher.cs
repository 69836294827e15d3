using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Events;

/// <summary>
/// Sends committed outbox messages to their handlers. Woken by <see cref="IOutboxSignal"/> after a commit on this
/// instance and by polling otherwise. Several instances may run it against one database: a message is claimed by a
/// conditional update of its <c>NextAttemptAtUtc</c> (only the instance whose update hits the row delivers it), and
/// the processed-events key catches whatever a lost claim (a crash past <see cref="OutboxOptions.ClaimDuration"/>) lets through.
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopeFactory,
    OutboxSignal signal,
    OutboxDelivery delivery,
    IOptions<OutboxOptions> options,
    IClock clock,
    ILogger<OutboxDispatcher> logger) : SignalledDispatcher(signal, logger)
{
    protected override int BatchSize => options.Value.BatchSize;

    protected override TimeSpan PollingInterval => options.Value.PollingInterval;

    protected override async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = clock.UtcNow.UtcDateTime;
        var due = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.ProcessedAtUtc == null && !m.Failed && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.NextAttemptAtUtc)
            .Take(settings.BatchSize)
            .Select(m => new { m.Id, m.NextAttemptAtUtc })
            .ToListAsync(cancellationToken);

        foreach (var message in due)
        {
            var claimedUntil = clock.UtcNow.UtcDateTime + settings.ClaimDuration;
            var claimed = await db.Set<OutboxMessage>()
                .Where(m => m.Id == message.Id && m.NextAttemptAtUtc == message.NextAttemptAtUtc && m.ProcessedAtUtc == null && !m.Failed)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAtUtc, claimedUntil), cancellationToken);
            if (claimed == 1)
            {
                await delivery.DeliverAsync(message.Id, cancellationToken);
            }
        }

        return due.Count;
    }
}

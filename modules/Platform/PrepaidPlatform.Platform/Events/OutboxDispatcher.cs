using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Platform.Events;

/// <summary>
/// Sends committed outbox messages to their handlers. Woken by <see cref="IOutboxSignal"/> after a commit on this
/// instance and by polling otherwise. Several instances may run it against one database: a message is claimed by a
/// conditional update of its <c>NextAttemptAtUtc</c> (only the instance whose update hits the row delivers it), and
/// the processed-events key catches whatever a lost claim (a crash past <see cref="OutboxOptions.ClaimDuration"/>) lets through.
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopeFactory,
    IOutboxSignal signal,
    OutboxDelivery delivery,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch means more may be due: keep going before waiting.
                while (await DispatchDueAsync(settings, stoppingToken) == settings.BatchSize)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unreachable; the next round tries again.
                logger.LogError(ex, "Outbox dispatch round failed");
            }

            try
            {
                await signal.WaitAsync(settings.PollingInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<int> DispatchDueAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.ProcessedAtUtc == null && !m.Failed && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.NextAttemptAtUtc)
            .Take(settings.BatchSize)
            .Select(m => new { m.Id, m.NextAttemptAtUtc })
            .ToListAsync(cancellationToken);

        foreach (var message in due)
        {
            var claimedUntil = clock.GetUtcNow().UtcDateTime + settings.ClaimDuration;
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

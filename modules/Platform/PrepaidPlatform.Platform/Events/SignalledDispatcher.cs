using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PrepaidPlatform.Platform.Events;

/// <summary>
/// The loop of a background delivery queue (the outbox, the SMS outbox): deliver what is due in batches until a batch
/// comes back short, then wait for a <see cref="WakeSignal"/> or the polling interval. A failed round is logged and the
/// next one tries again (the database may be briefly unreachable).
/// </summary>
public abstract class SignalledDispatcher(WakeSignal signal, ILogger logger) : BackgroundService
{
    protected abstract int BatchSize { get; }

    protected abstract TimeSpan PollingInterval { get; }

    /// <summary>Delivers one batch of due items; returns how many were due.</summary>
    protected abstract Task<int> DispatchDueAsync(CancellationToken cancellationToken);

    /// <summary>A scope for the whole run, e.g. switching the tenant filter off for a queue of every district.</summary>
    protected virtual IDisposable? EnterRun() => null;

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var run = EnterRun();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch means more may be due: keep going before waiting.
                while (await DispatchDueAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{Dispatcher} round failed", GetType().Name);
            }

            try
            {
                await signal.WaitAsync(PollingInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

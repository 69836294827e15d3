namespace PrepaidPlatform.Platform.Events;

/// <summary>Wakes the dispatcher right after a commit that wrote outbox rows, so events are not delayed by the polling interval.</summary>
public interface IOutboxSignal
{
    void Notify();

    Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken);
}

internal sealed class OutboxSignal : IOutboxSignal, IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up serves every commit before it.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}

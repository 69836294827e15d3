namespace PrepaidPlatform.Notifications.Sms;

/// <summary>Wakes the dispatcher after a SaveChanges that queued an SMS, so it does not wait for its polling interval.</summary>
internal sealed class SmsSignal : IDisposable
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
            // Already signalled: one wake-up serves every save before it.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}

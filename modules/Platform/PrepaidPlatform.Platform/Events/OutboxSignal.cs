namespace PrepaidPlatform.Platform.Events;

/// <summary>Wakes the dispatcher right after a commit that wrote outbox rows, so events are not delayed by the polling interval.</summary>
public interface IOutboxSignal
{
    void Notify();

    Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken);
}

internal sealed class OutboxSignal : WakeSignal, IOutboxSignal;

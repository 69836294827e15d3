namespace PrepaidPlatform.Platform.Events;

/// <summary>
/// An event one module publishes for others. Sealed records owned by the sending module's Contracts.
/// They are written to the outbox in the same transaction as the change and dispatched after commit.
/// </summary>
public interface IIntegrationEvent;

public interface IIntegrationEventPublisher
{
    /// <summary>Queues the event in the outbox of the current unit of work; it is sent only if that work commits.</summary>
    void Publish<TEvent>(TEvent integrationEvent, Guid? tenantId = null) where TEvent : class, IIntegrationEvent;
}

/// <summary>Reacts to an integration event. A retried delivery never runs a handler twice for the same event.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : class, IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

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

/// <summary>
/// Reacts to an integration event. A retried delivery never runs a handler twice for the same event: the handler runs
/// in a DI scope of its own, inside the event's tenant, in a transaction the dispatcher owns and commits together with
/// the record that the handler ran. So write through the scoped DbContext (SaveChanges as often as needed, but begin
/// no transaction of your own), and throw to have the whole handler retried later; effects outside the database
/// (mail, HTTP) may repeat after a crash and must tolerate that.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : class, IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

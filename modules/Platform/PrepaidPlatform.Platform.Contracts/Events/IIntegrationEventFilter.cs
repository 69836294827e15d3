namespace PrepaidPlatform.Platform.Events;

/// <summary>
/// A handler that takes only some events of its type (a subject type of its module among every module's) says which: the
/// outbox passes the others by without the handler's transaction and its record of having run. The answer must depend on
/// the event alone, so a retried delivery gets the same one, and a passed-by event must be one the handler would have done
/// nothing with.
/// </summary>
public interface IIntegrationEventFilter<in TEvent> where TEvent : class, IIntegrationEvent
{
    bool Wants(TEvent integrationEvent);
}

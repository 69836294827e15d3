using System.Text.Json;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Events;

/// <summary>Adds the event to the outbox of the scoped DbContext: it is written by the same SaveChanges as the change.</summary>
internal sealed class IntegrationEventPublisher(PlatformDbContext db, ICurrentTenant currentTenant, IClock clock) : IIntegrationEventPublisher
{
    public void Publish<TEvent>(TEvent integrationEvent, Guid? tenantId = null) where TEvent : class, IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        db.Set<OutboxMessage>().Add(new OutboxMessage(
            Guid.NewGuid(),
            $"{type.FullName}, {type.Assembly.GetName().Name}",
            JsonSerializer.Serialize(integrationEvent, type),
            tenantId ?? currentTenant.Id,
            clock.UtcNow.UtcDateTime));
    }
}

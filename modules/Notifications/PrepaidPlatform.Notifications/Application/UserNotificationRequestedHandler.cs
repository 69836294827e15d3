using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Notifications.Application;

/// <summary>Runs inside the event's district and the outbox's transaction, which also writes the message row.</summary>
internal sealed class UserNotificationRequestedHandler(INotificationSender sender) : IIntegrationEventHandler<UserNotificationRequested>
{
    public Task HandleAsync(UserNotificationRequested integrationEvent, CancellationToken cancellationToken) =>
        sender.NotifyUserAsync(new UserNotification(integrationEvent.RecipientUserId, integrationEvent.TemplateKey, integrationEvent.Parameters, integrationEvent.SubjectUrl), cancellationToken);
}

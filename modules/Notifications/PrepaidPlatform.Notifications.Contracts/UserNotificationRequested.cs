using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Notifications;

/// <summary>
/// For a module that would rather publish than call <see cref="INotificationSender"/>: the in-app message is written
/// only if the publisher's change commits (outbox), and exactly once. Phones are deliberately not carried in events:
/// the outbox would hold them readable; SMS go through <see cref="INotificationSender.SendSmsAsync"/>.
/// </summary>
public sealed record UserNotificationRequested(
    Guid RecipientUserId,
    string TemplateKey,
    IReadOnlyDictionary<string, string> Parameters,
    string? SubjectUrl = null) : IIntegrationEvent;

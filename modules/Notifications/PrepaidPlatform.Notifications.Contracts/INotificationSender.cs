namespace PrepaidPlatform.Notifications;

/// <summary>
/// Notifies a user in the platform (站内消息) or a phone by SMS (短信通知), from a template and its parameters.
/// Both calls only add rows to the caller's unit of work (the scoped DbContext): they are written by the caller's
/// SaveChanges, together with the business change, or not at all. SMS are then delivered in the background with
/// retries; a failing gateway never fails the caller. Call it from a page or an integration event handler alike.
/// </summary>
public interface INotificationSender
{
    /// <exception cref="UnknownTemplateException">No template has that key.</exception>
    Task NotifyUserAsync(UserNotification notification, CancellationToken cancellationToken = default);

    /// <exception cref="UnknownTemplateException">No template has that key.</exception>
    /// <exception cref="ArgumentException">The phone is not an 11-digit mainland mobile number.</exception>
    Task SendSmsAsync(SmsNotification sms, CancellationToken cancellationToken = default);

    /// <summary>
    /// A batch of in-app messages and SMS for a system job's chunk (thousands a run): rendered and checked as
    /// <see cref="NotifyUserAsync"/> and <see cref="SendSmsAsync"/> render and check them, but written at once, set-based,
    /// in the caller's open transaction (required) instead of staged on its save; each in-app message is audited as a save
    /// audits it. The SMS wait in the outbox as any other; the dispatcher is woken once the batch is written.
    /// </summary>
    /// <exception cref="UnknownTemplateException">No template has that key.</exception>
    /// <exception cref="ArgumentException">A phone is not an 11-digit mainland mobile number (nothing is written).</exception>
    Task SendManyAsync(IReadOnlyList<UserNotification> messages, IReadOnlyList<SmsNotification> sms, CancellationToken cancellationToken = default);
}

/// <summary>
/// An in-app message for one user. <paramref name="SubjectUrl"/> is the local page the message is about (a filing,
/// a report). <paramref name="TenantId"/> is the recipient's district; <c>null</c> takes the current tenant, so a
/// handler running inside the event's district needs not name it (city code writing into a district works in a city scope).
/// </summary>
public sealed record UserNotification(
    Guid RecipientUserId,
    string TemplateKey,
    IReadOnlyDictionary<string, string> Parameters,
    string? SubjectUrl = null,
    Guid? TenantId = null);

/// <summary>An SMS to an 11-digit mainland mobile number, in the given (or current) district's outbox.</summary>
public sealed record SmsNotification(
    string Phone,
    string TemplateKey,
    IReadOnlyDictionary<string, string> Parameters,
    Guid? TenantId = null);

public sealed class UnknownTemplateException(string key) : InvalidOperationException($"未找到消息模板：{key}")
{
    public string Key { get; } = key;
}

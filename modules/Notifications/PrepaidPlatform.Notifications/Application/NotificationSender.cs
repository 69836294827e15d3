using Microsoft.Extensions.Logging;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Notifications.Sms;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Notifications.Application;

/// <summary>
/// Renders the template now (the message keeps the wording of the day it was sent) and adds the rows to the caller's
/// unit of work. SMS wait in the outbox for <see cref="SmsDispatcher"/>, woken after the caller's SaveChanges.
/// </summary>
internal sealed class NotificationSender(
    PlatformDbContext db,
    TemplateService templates,
    ICurrentTenant currentTenant,
    SmsSignal smsSignal,
    IPersonalDataProtector protector,
    IClock clock,
    ILogger<NotificationSender> logger) : INotificationSender, IDisposable
{
    private EventHandler<Microsoft.EntityFrameworkCore.SavedChangesEventArgs>? _wakeAfterSave;

    public async Task NotifyUserAsync(UserNotification notification, CancellationToken cancellationToken = default) =>
        db.Set<InboxMessage>().Add(await InboxMessageOfAsync(notification, cancellationToken));

    public async Task SendSmsAsync(SmsNotification sms, CancellationToken cancellationToken = default)
    {
        var (message, phone) = await SmsMessageOfAsync(sms, cancellationToken);
        db.Set<SmsMessage>().Add(message);
        logger.LogInformation("SMS {TemplateKey} to {Phone} queued", sms.TemplateKey, Masking.Phone(phone));

        if (_wakeAfterSave is null)
        {
            _wakeAfterSave = (_, _) => smsSignal.Notify();
            db.SavedChanges += _wakeAfterSave;
        }
    }

    public async Task SendManyAsync(IReadOnlyList<UserNotification> messages, IReadOnlyList<SmsNotification> sms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(sms);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A batch of messages is written only in the caller's transaction (with the change that asked for it).");
        }

        // Every row is made (rendered, phones checked and protected) before the first is written.
        var inbox = new List<InboxMessage>(messages.Count);
        foreach (var notification in messages)
        {
            inbox.Add(await InboxMessageOfAsync(notification, cancellationToken));
        }

        var outbox = new List<SmsMessage>(sms.Count);
        foreach (var one in sms)
        {
            outbox.Add((await SmsMessageOfAsync(one, cancellationToken)).Message);
        }

        var writer = new SetBasedWriter(db);
        // The SMS first: the audited messages take the audit chain's head, which the transaction then holds to its commit.
        await writer.InsertAsync(outbox, cancellationToken);
        await writer.InsertAuditedAsync(inbox, cancellationToken);
        if (outbox.Count > 0)
        {
            logger.LogInformation("{Count} SMS queued in a batch", outbox.Count);
            // As after a save in a transaction: the dispatcher wakes now and finds the batch once committed (else at its next
            // poll); the rows of the caller's previous batches are there already.
            smsSignal.Notify();
        }
    }

    private async Task<InboxMessage> InboxMessageOfAsync(UserNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var rendered = await templates.RenderAsync(notification.TemplateKey, notification.Parameters, cancellationToken);
        return new InboxMessage(
            Guid.NewGuid(),
            notification.TenantId ?? currentTenant.Id,
            notification.RecipientUserId,
            notification.TemplateKey,
            rendered.Title,
            rendered.Body,
            LocalUrl(notification.SubjectUrl),
            clock.UtcNow.UtcDateTime);
    }

    private async Task<(SmsMessage Message, string Phone)> SmsMessageOfAsync(SmsNotification sms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sms);
        if (!MobilePhone.TryNormalize(sms.Phone, out var phone))
        {
            throw new ArgumentException($"不是有效的手机号码：{Masking.Phone(sms.Phone)}", nameof(sms));
        }

        var rendered = await templates.RenderAsync(sms.TemplateKey, sms.Parameters, cancellationToken);
        // A secret (a verification code) is never stored readable: the outbox keeps the redacted text, and the text to
        // deliver only encrypted until the gateway took it.
        var redacted = TemplateText.RedactSecrets(sms.TemplateKey, sms.Parameters);
        var shown = redacted is null ? rendered : await templates.RenderAsync(sms.TemplateKey, redacted, cancellationToken);
        return (new SmsMessage(Guid.NewGuid(), sms.TenantId ?? currentTenant.Id, ProtectedValue.ForPhone(protector, phone), sms.TemplateKey, shown.Body,
            clock.UtcNow.UtcDateTime, redacted is null ? null : protector.Protect(rendered.Body)), phone);
    }

    /// <summary>
    /// The context is pooled and outlives this scope (<see cref="PlatformDatabaseRegistration"/>): the handler leaves with
    /// the scope, or every later request on that context would wake the dispatcher and keep this sender alive.
    /// </summary>
    public void Dispose()
    {
        if (_wakeAfterSave is not null)
        {
            db.SavedChanges -= _wakeAfterSave;
            _wakeAfterSave = null;
        }
    }

    /// <summary>Only a local path may be stored: a message must not send its reader to another site.</summary>
    private static string? LocalUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        return trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal) && !trimmed.StartsWith("/\\", StringComparison.Ordinal)
            ? trimmed
            : throw new ArgumentException($"消息关联的页面须为本站地址：{url}", nameof(url));
    }
}

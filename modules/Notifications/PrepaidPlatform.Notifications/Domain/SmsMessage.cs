using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Notifications.Domain;

internal enum SmsStatus
{
    /// <summary>待发送 (also between retries).</summary>
    Pending = 1,

    /// <summary>已发送.</summary>
    Sent = 2,

    /// <summary>发送失败: the last attempt failed; not retried automatically.</summary>
    Failed = 3,
}

/// <summary>
/// An SMS request in the 短信发件箱: written with the business change that asked for it, then delivered by the
/// background dispatcher through the configured gateway, retried with exponential backoff until sent or failed.
/// </summary>
internal sealed class SmsMessage : IMultiTenant
{
    private SmsMessage()
    {
        PhoneProtected = PhoneHash = PhoneMasked = TemplateKey = Text = string.Empty;
    }

    public SmsMessage(Guid id, Guid? tenantId, ProtectedValue phone, string templateKey, string text, DateTime createdAtUtc, string? deliveryTextProtected = null)
    {
        DeliveryTextProtected = deliveryTextProtected;
        Id = id;
        TenantId = tenantId;
        PhoneProtected = phone.Protected;
        PhoneHash = phone.Hash;
        PhoneMasked = phone.Masked;
        TemplateKey = templateKey;
        Text = text;
        CreatedAtUtc = createdAtUtc;
        NextAttemptAtUtc = createdAtUtc;
        Status = SmsStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    /// <summary>Encrypted; only the dispatcher reads it, to hand the number to the gateway.</summary>
    public string PhoneProtected { get; private set; }

    public string PhoneHash { get; private set; }

    /// <summary>180****0001.</summary>
    public string PhoneMasked { get; private set; }

    public string TemplateKey { get; private set; }

    /// <summary>The rendered text, without the signature the gateway adds; secret parameters (a verification code) redacted.</summary>
    public string Text { get; private set; }

    /// <summary>
    /// When <see cref="Text"/> is redacted: the text to deliver, encrypted with the personal-data key, kept only until
    /// the gateway accepted it or the last attempt failed.
    /// </summary>
    public string? DeliveryTextProtected { get; private set; }

    /// <summary>The text the gateway sends.</summary>
    public string DeliveryText(IPersonalDataProtector protector) => DeliveryTextProtected is { } secret ? protector.Unprotect(secret) : Text;

    public SmsStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    /// <summary>
    /// The dispatcher's round that claimed the message last (with <see cref="NextAttemptAtUtc"/> moved to the claim's end): a
    /// round claims its batch in one conditional update and then reads back the messages that carry its token, those that no
    /// other instance took first.
    /// </summary>
    public Guid? ClaimToken { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public string? GatewayMessageId { get; private set; }

    public string? LastError { get; private set; }

    public void MarkSent(DateTime nowUtc, string? gatewayMessageId)
    {
        Attempts++;
        Status = SmsStatus.Sent;
        SentAtUtc = nowUtc;
        GatewayMessageId = gatewayMessageId;
        LastError = null;
        DeliveryTextProtected = null;
    }

    /// <summary>Records a failed attempt: the next one waits <paramref name="retryDelay"/>, or the message fails for good after the last one.</summary>
    public void MarkAttemptFailed(DateTime nowUtc, string error, int maxAttempts, Func<int, TimeSpan> retryDelay)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (Attempts >= maxAttempts)
        {
            Status = SmsStatus.Failed;
            DeliveryTextProtected = null;
            return;
        }

        NextAttemptAtUtc = nowUtc + retryDelay(Attempts);
    }
}

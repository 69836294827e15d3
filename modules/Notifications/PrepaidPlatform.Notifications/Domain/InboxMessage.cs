using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Notifications.Domain;

/// <summary>站内消息: one message for one user in one district, rendered from its template when it was sent.</summary>
internal sealed class InboxMessage : IMultiTenant
{
    private InboxMessage()
    {
        TemplateKey = Title = Body = string.Empty;
    }

    public InboxMessage(Guid id, Guid? tenantId, Guid recipientUserId, string templateKey, string title, string body, string? subjectUrl, DateTime createdAtUtc)
    {
        Id = id;
        TenantId = tenantId;
        RecipientUserId = recipientUserId;
        TemplateKey = templateKey;
        Title = title;
        Body = body;
        SubjectUrl = subjectUrl;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid RecipientUserId { get; private set; }

    public string TemplateKey { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    /// <summary>The local page the message is about (a filing, a report); opened from the message.</summary>
    public string? SubjectUrl { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;

    public void MarkUnread() => ReadAtUtc = null;
}

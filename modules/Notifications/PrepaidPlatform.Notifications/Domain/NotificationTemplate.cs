namespace PrepaidPlatform.Notifications.Domain;

/// <summary>消息模板: the city's wording of one event; the title heads the in-app message, the body is the message and the SMS.</summary>
internal sealed class NotificationTemplate
{
    private NotificationTemplate()
    {
        Key = Title = Body = string.Empty;
    }

    public NotificationTemplate(string key, string title, string body, DateTime updatedAtUtc)
    {
        Key = key;
        Title = title;
        Body = body;
        UpdatedAtUtc = updatedAtUtc;
    }

    public string Key { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public void Change(string title, string body, DateTime nowUtc)
    {
        Title = title;
        Body = body;
        UpdatedAtUtc = nowUtc;
    }
}

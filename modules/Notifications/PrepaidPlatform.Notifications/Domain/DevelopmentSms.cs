namespace PrepaidPlatform.Notifications.Domain;

/// <summary>What the development gateway "delivered": the text a phone would have received, signature included.</summary>
internal sealed class DevelopmentSms
{
    private DevelopmentSms()
    {
        Phone = Content = string.Empty;
    }

    public DevelopmentSms(Guid id, string phone, string content, DateTime receivedAtUtc)
    {
        Id = id;
        Phone = phone;
        Content = content;
        ReceivedAtUtc = receivedAtUtc;
    }

    public Guid Id { get; private set; }

    public string Phone { get; private set; }

    public string Content { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }
}

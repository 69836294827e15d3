using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Notifications.Domain;

/// <summary>What the development gateway "delivered": the text a phone would have received, signature included.</summary>
internal sealed class DevelopmentSms
{
    private DevelopmentSms()
    {
        PhoneProtected = PhoneHash = PhoneMasked = Content = string.Empty;
    }

    public DevelopmentSms(Guid id, ProtectedValue phone, string content, DateTime receivedAtUtc)
    {
        Id = id;
        PhoneProtected = phone.Protected;
        PhoneHash = phone.Hash;
        PhoneMasked = phone.Masked;
        Content = content;
        ReceivedAtUtc = receivedAtUtc;
    }

    public Guid Id { get; private set; }

    public string PhoneProtected { get; private set; }

    /// <summary>Keyed hash: tests and support find the SMS of a phone without storing the number readable.</summary>
    public string PhoneHash { get; private set; }

    public string PhoneMasked { get; private set; }

    public string Content { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }
}

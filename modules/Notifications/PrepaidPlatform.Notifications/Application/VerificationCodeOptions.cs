namespace PrepaidPlatform.Notifications.Application;

/// <summary>The fixed rules of verification codes; the send limits are settings. Hashing uses the platform's personal-data key.</summary>
internal static class VerificationCodeOptions
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public const int MaxAttempts = 5;
}

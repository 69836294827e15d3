namespace PrepaidPlatform.Notifications.Application;

/// <summary>Section <c>Notifications:VerificationCodes</c>.</summary>
internal sealed class VerificationCodeOptions
{
    public const string Section = "Notifications:VerificationCodes";

    /// <summary>
    /// Key of the HMAC that stores phones and codes as hashes. Production must set its own (the host refuses to start
    /// there without one); elsewhere a fixed development key stands in.
    /// </summary>
    public string HashKey { get; set; } = string.Empty;

    internal const string DevelopmentHashKey = "prepaid-platform-development-verification-codes";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public const int MaxAttempts = 5;
}

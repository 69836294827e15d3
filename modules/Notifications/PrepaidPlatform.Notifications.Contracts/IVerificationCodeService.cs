namespace PrepaidPlatform.Notifications;

/// <summary>
/// SMS verification codes for onboarding and password reset: 6 digits, valid 5 minutes, at most 5 attempts, stored
/// hashed. Sending is limited per phone (one per interval, a daily maximum; city settings). Each call saves its own work.
/// </summary>
public interface IVerificationCodeService
{
    Task<VerificationCodeSendResult> SendAsync(string phone, VerificationPurpose purpose, CancellationToken cancellationToken = default);

    /// <summary>A correct code is consumed: it cannot be used twice.</summary>
    Task<VerificationCodeCheckResult> VerifyAsync(string phone, VerificationPurpose purpose, string code, CancellationToken cancellationToken = default);
}

public enum VerificationPurpose
{
    /// <summary>注册.</summary>
    Onboarding = 1,

    /// <summary>找回密码.</summary>
    PasswordReset = 2,
}

/// <param name="Sent">The code was stored and its SMS queued.</param>
/// <param name="Message">Chinese text for the user: confirmation or why it was refused.</param>
/// <param name="RetryAfter">When refused by the interval limit: how long to wait.</param>
public sealed record VerificationCodeSendResult(bool Sent, string Message, TimeSpan? RetryAfter = null);

public sealed record VerificationCodeCheckResult(bool Valid, string Message);

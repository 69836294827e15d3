namespace PrepaidPlatform.Notifications.Domain;

/// <summary>One verification code sent to a phone. Neither the phone nor the code is stored in clear: both are keyed hashes.</summary>
internal sealed class VerificationCode
{
    private VerificationCode()
    {
        PhoneHash = CodeHash = string.Empty;
    }

    public VerificationCode(Guid id, string phoneHash, int purpose, string codeHash, DateTime createdAtUtc, DateTime expiresAtUtc)
    {
        Id = id;
        PhoneHash = phoneHash;
        Purpose = purpose;
        CodeHash = codeHash;
        CreatedAtUtc = createdAtUtc;
        ExpiresAtUtc = expiresAtUtc;
    }

    public Guid Id { get; private set; }

    public string PhoneHash { get; private set; }

    public int Purpose { get; private set; }

    public string CodeHash { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? ConsumedAtUtc { get; private set; }

    // Attempts and consumption change only by conditional updates in the database (VerificationCodeService.VerifyAsync).
}

using PrepaidPlatform.Platform.Security;
namespace PrepaidPlatform.Filing.Domain;

/// <summary>
/// 专用存管账户 as the filing form holds it (备案登记 · 7.): bank, branch and the protected account number. The account
/// name is always the operator's name (问 3: no personal or other entities' accounts), so it is not stored.
/// </summary>
internal sealed record CustodyAccountDetails(string? BankCode, string? BranchName, ProtectedValue AccountNumber)
{
    // EF materializes complex types without binding a nested complex value through a constructor.
    private CustodyAccountDetails()
        : this(null, null, ProtectedValue.None)
    {
    }

    public static readonly CustodyAccountDetails None = new(null, null, ProtectedValue.None);
}

using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Custody.Domain;

/// <summary>
/// 专用存管账户 as one filing application states it (备案登记 · 7.): bank, branch and the protected account number, one
/// row per application (a draft may hold any part of it). The account name is the operator's name, so it is not stored.
/// </summary>
internal sealed class CustodyAccount : IMultiTenant
{
    private CustodyAccount()
    {
        AccountNumber = ProtectedValue.None;
    }

    public CustodyAccount(Guid applicationId)
        : this()
    {
        ApplicationId = applicationId;
    }

    /// <summary>The filing application (备案信息) the section belongs to.</summary>
    public Guid ApplicationId { get; private set; }

    /// <summary>The application's district; stamped on insert.</summary>
    public Guid? TenantId { get; private set; }

    public string? BankCode { get; private set; }

    public string? BranchName { get; private set; }

    public ProtectedValue AccountNumber { get; private set; }

    /// <param name="accountNumber">Null keeps the stored number.</param>
    public void Update(string? bankCode, string? branchName, ProtectedValue? accountNumber)
    {
        (BankCode, BranchName) = (bankCode, branchName);
        AccountNumber = accountNumber ?? AccountNumber;
    }
}

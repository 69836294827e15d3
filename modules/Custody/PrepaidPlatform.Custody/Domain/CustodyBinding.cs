using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Custody.Domain;

/// <summary>
/// One period in which an operator's custody was held in one account (C1): opened by an approved filing or a confirmed
/// change that named a new account, closed when the next one is bound. Kept, so statements stay with the account they
/// were reported for.
/// </summary>
internal sealed class CustodyBinding : IMultiTenant
{
    private CustodyBinding()
    {
        BankCode = BranchName = string.Empty;
        AccountNumber = ProtectedValue.None;
    }

    public CustodyBinding(Guid id, Guid operatorId, Guid tenantId, Guid applicationId, string bankCode, string branchName, ProtectedValue accountNumber, DateTime nowUtc)
        : this()
    {
        (Id, OperatorId, TenantId, ApplicationId) = (id, operatorId, tenantId, applicationId);
        (BankCode, BranchName, AccountNumber, BoundAtUtc) = (bankCode, branchName, accountNumber, nowUtc);
    }

    public Guid Id { get; private set; }

    public Guid OperatorId { get; private set; }

    public Guid? TenantId { get; private set; }

    /// <summary>The filing application whose 专用存管账户 section named this account.</summary>
    public Guid ApplicationId { get; private set; }

    public string BankCode { get; private set; }

    public string BranchName { get; private set; }

    public ProtectedValue AccountNumber { get; private set; }

    public DateTime BoundAtUtc { get; private set; }

    /// <summary>Set when another account replaced this one; null while it is the operator's account.</summary>
    public DateTime? UnboundAtUtc { get; private set; }

    public void Unbind(DateTime nowUtc) => UnboundAtUtc = nowUtc;
}

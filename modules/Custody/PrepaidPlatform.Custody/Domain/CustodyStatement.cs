using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Custody.Domain;

/// <summary>
/// 存管账单: one record a bank reported for one bound account (专用存管账户管理 · 存管账单; SPEC C2). The bank's own
/// reference identifies it: the same (institution, reference) is stored once, so a resent batch changes nothing.
/// </summary>
internal sealed class CustodyStatement : IMultiTenant
{
    private CustodyStatement()
    {
        BankReference = string.Empty;
    }

    public CustodyStatement(
        Guid id, Guid tenantId, Guid operatorId, Guid bindingId, Guid institutionId, string bankReference, DateTime asOfUtc,
        long balanceFen, long custodyFen, long availableFen, CustodyAccountStatus accountStatus, string? remark, StatementSource source, DateTime receivedAtUtc)
        : this()
    {
        (Id, TenantId, OperatorId, BindingId, InstitutionId, BankReference) = (id, tenantId, operatorId, bindingId, institutionId, bankReference);
        (AsOfUtc, BalanceFen, CustodyFen, AvailableFen) = (asOfUtc, balanceFen, custodyFen, availableFen);
        (AccountStatus, Remark, Source, ReceivedAtUtc) = (accountStatus, remark, source, receivedAtUtc);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid OperatorId { get; private set; }

    public Guid BindingId { get; private set; }

    /// <summary>The bank that reported it.</summary>
    public Guid InstitutionId { get; private set; }

    /// <summary>The bank's reference of the record, unique per bank.</summary>
    public string BankReference { get; private set; }

    /// <summary>查询时间: when the bank read the account.</summary>
    public DateTime AsOfUtc { get; private set; }

    /// <summary>账户余额(元), in 分.</summary>
    public long BalanceFen { get; private set; }

    /// <summary>存管金额(元), in 分.</summary>
    public long CustodyFen { get; private set; }

    /// <summary>可用金额(元), in 分.</summary>
    public long AvailableFen { get; private set; }

    /// <summary>账户状态.</summary>
    public CustodyAccountStatus AccountStatus { get; private set; }

    /// <summary>说明.</summary>
    public string? Remark { get; private set; }

    public StatementSource Source { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }
}

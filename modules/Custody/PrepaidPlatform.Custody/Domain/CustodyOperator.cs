using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Custody.Domain;

/// <summary>
/// An operator under custody supervision (SPEC C1), from its filing's approval on: the bound 专用存管账户 with the bank's
/// latest figures, and the facts its required custody is computed from. One row per operator account; the binding's
/// history is in <see cref="CustodyBinding"/>, the statements in <see cref="CustodyStatement"/>.
/// </summary>
internal sealed class CustodyOperator : IMultiTenant
{
    private CustodyOperator()
    {
        Uscc = OperatorName = FilingNumber = BankCode = BranchName = string.Empty;
        AccountNumber = ProtectedValue.None;
    }

    public CustodyOperator(Guid id, FiledCustodyOperator filed)
        : this()
    {
        Id = id;
        OperatorUserId = filed.OperatorUserId;
        TenantId = filed.TenantId;
        Refresh(filed);
    }

    /// <summary>
    /// The account as a bank's batch reads it (issue 12 · Speed): what its statements and the custody check use, without the
    /// account number's protected forms, the branch, the filing's references, nor who listed it 严重失信 and why. Never
    /// tracked nor saved whole: the batch writes only its latest figures, set-based.
    /// </summary>
    public static CustodyOperator ForStatements(
        Guid id, Guid? tenantId, Guid operatorUserId, string uscc, string operatorName, DateOnly registeredOn, Guid? bindingId, string bankCode, string? accountKey,
        CustodyAccountStatus accountStatus, string? statusRemark, long? latestBalanceFen, long? latestCustodyFen, long? latestAvailableFen, DateTime? latestAsOfUtc,
        long? filingBalanceFen, long? reportedBalanceFen, DateOnly? reportedQuarterEnd, long? lastYearMainRevenueFen, bool seriousDishonest) => new()
        {
            Id = id, TenantId = tenantId, OperatorUserId = operatorUserId, Uscc = uscc, OperatorName = operatorName, RegisteredOn = registeredOn,
            BindingId = bindingId, BankCode = bankCode, AccountKey = accountKey, AccountStatus = accountStatus, StatusRemark = statusRemark,
            LatestBalanceFen = latestBalanceFen, LatestCustodyFen = latestCustodyFen, LatestAvailableFen = latestAvailableFen, LatestAsOfUtc = latestAsOfUtc,
            FilingBalanceFen = filingBalanceFen, ReportedBalanceFen = reportedBalanceFen, ReportedQuarterEnd = reportedQuarterEnd,
            LastYearMainRevenueFen = lastYearMainRevenueFen, SeriousDishonest = seriousDishonest,
        };

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    /// <summary>The operator's account (one operator account per enterprise).</summary>
    public Guid OperatorUserId { get; private set; }

    public string Uscc { get; private set; }

    public string OperatorName { get; private set; }

    public Guid FilingId { get; private set; }

    /// <summary>备案编号.</summary>
    public string FilingNumber { get; private set; }

    /// <summary>成立日期 from the verified licence.</summary>
    public DateOnly RegisteredOn { get; private set; }

    /// <summary>The binding in force (<see cref="CustodyBinding"/>).</summary>
    public Guid? BindingId { get; private set; }

    /// <summary>开户银行: a code of <see cref="CustodyBanks.All"/>.</summary>
    public string BankCode { get; private set; }

    /// <summary>开户支行.</summary>
    public string BranchName { get; private set; }

    /// <summary>银行账号, protected.</summary>
    public ProtectedValue AccountNumber { get; private set; }

    /// <summary>
    /// The account number's keyed hash again, as a plain indexed column (EF indexes no complex property): how a bank's
    /// statement finds the operator, and unique, so one account number belongs to one operator (C1).
    /// </summary>
    public string? AccountKey { get; private set; }

    public CustodyAccountStatus AccountStatus { get; private set; }

    /// <summary>说明 of the bank's latest statement (why 信息异常).</summary>
    public string? StatusRemark { get; private set; }

    /// <summary>The bank's latest statement, as of <see cref="LatestAsOfUtc"/>: 账户余额, 存管金额, 可用金额 in 分.</summary>
    public long? LatestBalanceFen { get; private set; }

    public long? LatestCustodyFen { get; private set; }

    public long? LatestAvailableFen { get; private set; }

    public DateTime? LatestAsOfUtc { get; private set; }

    /// <summary>预收资金余额 as the filing declared it: the required custody's basis until a quarterly report is fed.</summary>
    public long? FilingBalanceFen { get; private set; }

    /// <summary>预收资金余额 of the latest accepted quarterly report (fed by Reporting through ICustodyBalanceFeed).</summary>
    public long? ReportedBalanceFen { get; private set; }

    /// <summary>The quarter end of <see cref="ReportedBalanceFen"/>.</summary>
    public DateOnly? ReportedQuarterEnd { get; private set; }

    /// <summary>上年度主营业务收入 in 分 as the operator declared it (Shanghai's special standard).</summary>
    public long? LastYearMainRevenueFen { get; private set; }

    public DateTime? RevenueDeclaredAtUtc { get; private set; }

    /// <summary>严重失信主体: listed by the city by hand until CreditRisk owns the listing.</summary>
    public bool SeriousDishonest { get; private set; }

    public string? SeriousDishonestReason { get; private set; }

    public Guid? SeriousDishonestSetBy { get; private set; }

    public DateTime? SeriousDishonestSetAtUtc { get; private set; }

    /// <summary>A report for an older quarter than the recorded one changes nothing: the newest quarter is the basis.</summary>
    public bool RecordQuarterBalance(DateOnly quarterEnd, long balanceFen)
    {
        if (ReportedQuarterEnd is { } recorded && quarterEnd < recorded)
        {
            return false;
        }

        (ReportedQuarterEnd, ReportedBalanceFen) = (quarterEnd, balanceFen);
        return true;
    }

    public void DeclareRevenue(long revenueFen, DateTime nowUtc) => (LastYearMainRevenueFen, RevenueDeclaredAtUtc) = (revenueFen, nowUtc);

    public void SetSeriousDishonest(bool listed, string reason, Guid? byUserId, DateTime nowUtc) =>
        (SeriousDishonest, SeriousDishonestReason, SeriousDishonestSetBy, SeriousDishonestSetAtUtc) = (listed, reason, byUserId, nowUtc);

    /// <summary>Filing's facts of the latest approval or confirmed change.</summary>
    public void Refresh(FiledCustodyOperator filed)
    {
        (Uscc, OperatorName, FilingId, FilingNumber, RegisteredOn, FilingBalanceFen) =
            (filed.Uscc, filed.OperatorName, filed.FilingId, filed.FilingNumber, filed.RegisteredOn, filed.PrepaidBalanceFen);
    }

    /// <summary>A new account is bound: 待核验 until its bank's first statement; the old binding's figures no longer apply.</summary>
    public void Bind(Guid bindingId, string bankCode, string branchName, ProtectedValue accountNumber)
    {
        (BindingId, BankCode, BranchName, AccountNumber, AccountKey) = (bindingId, bankCode, branchName, accountNumber, accountNumber.Hash);
        (AccountStatus, StatusRemark) = (CustodyAccountStatus.PendingVerification, null);
        (LatestBalanceFen, LatestCustodyFen, LatestAvailableFen, LatestAsOfUtc) = (null, null, null, null);
    }

    public bool IsBoundTo(string bankCode, string branchName, string accountHash) =>
        BindingId is not null && BankCode == bankCode && BranchName == branchName && AccountNumber.Hash == accountHash;

    /// <summary>A statement newer than the latest one becomes the account's figures and status; an older one only joins the history.</summary>
    /// <returns>Whether the statement became the latest.</returns>
    public bool ApplyStatement(CustodyStatement statement)
    {
        if (LatestAsOfUtc is { } latest && statement.AsOfUtc <= latest)
        {
            return false;
        }

        (LatestBalanceFen, LatestCustodyFen, LatestAvailableFen, LatestAsOfUtc) =
            (statement.BalanceFen, statement.CustodyFen, statement.AvailableFen, statement.AsOfUtc);
        (AccountStatus, StatusRemark) = (statement.AccountStatus, statement.Remark);
        return true;
    }
}

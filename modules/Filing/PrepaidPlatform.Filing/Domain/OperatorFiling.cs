using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Filing.Domain;

/// <summary>
/// 备案记录: an operator's filing once the district approved it (SPEC F4). It carries the 备案编号 for good (a change
/// filing keeps it, F7) and points at the application whose data is on file; the filing code (备案码, F5) is public
/// unless the district suspended it. <see cref="ActiveKey"/> holds the USCC while the filing stands and is unique, so an
/// operator has at most one standing filing even if two approvals race.
/// </summary>
internal sealed class OperatorFiling : IMultiTenant
{
    private OperatorFiling()
    {
        Uscc = FilingNumber = string.Empty;
    }

    public OperatorFiling(Guid id, Guid tenantId, Guid operatorUserId, string uscc, string filingNumber, Guid applicationId, DateTime nowUtc, DateOnly filedOn)
        : this()
    {
        Id = id;
        TenantId = tenantId;
        OperatorUserId = operatorUserId;
        Uscc = uscc;
        ActiveKey = uscc;
        FilingNumber = filingNumber;
        ApplicationId = applicationId;
        FiledAtUtc = UpdatedAtUtc = nowUtc;
        FiledOn = filedOn;
        Status = OperatorFilingStatus.Filed;
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid OperatorUserId { get; private set; }

    public string Uscc { get; private set; }

    /// <summary>The USCC while the filing stands; null once deregistered, so the enterprise may file again later.</summary>
    public string? ActiveKey { get; private set; }

    /// <summary>备案编号, SW + yyyyMMdd + 5 digits.</summary>
    public string FilingNumber { get; private set; }

    /// <summary>The application whose data is on file (the registration, later the latest confirmed change).</summary>
    public Guid ApplicationId { get; private set; }

    public OperatorFilingStatus Status { get; private set; }

    public DateTime FiledAtUtc { get; private set; }

    /// <summary>备案日期 on the receipt: the Beijing date of the approval.</summary>
    public DateOnly FiledOn { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public bool CodeSuspended { get; private set; }

    public string? CodeSuspensionReason { get; private set; }

    public DateTime? CodeSuspendedAtUtc { get; private set; }

    /// <summary>The latest confirmed change (最近变更时间); null while the registration's data is on file.</summary>
    public DateTime? ChangedAtUtc { get; private set; }

    /// <summary>变更备案 confirmed: the change's data is on file from now on.</summary>
    public void ApplyChange(Guid applicationId, DateTime nowUtc)
    {
        ApplicationId = applicationId;
        ChangedAtUtc = UpdatedAtUtc = nowUtc;
    }

    public DateTime? DeregisteredAtUtc { get; private set; }

    /// <summary>公示期满注销: the filing ends, its code says so, and the USCC may file again.</summary>
    public void Deregister(DateTime nowUtc)
    {
        Status = OperatorFilingStatus.Deregistered;
        ActiveKey = null;
        DeregisteredAtUtc = UpdatedAtUtc = nowUtc;
    }

    /// <summary>暂停备案码: the public page says so, with the reason, until the district resumes it.</summary>
    public void SuspendCode(string reason, DateTime nowUtc)
    {
        CodeSuspended = true;
        CodeSuspensionReason = reason;
        CodeSuspendedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
    }

    public void ResumeCode(DateTime nowUtc)
    {
        CodeSuspended = false;
        CodeSuspensionReason = null;
        CodeSuspendedAtUtc = null;
        UpdatedAtUtc = nowUtc;
    }
}

internal enum OperatorFilingStatus
{
    Filed = 1,        // 已备案
    Deregistered = 2, // 已注销
}

using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.CreditRisk.Domain;

/// <summary>线索移交's status: it only moves forward, 已移交 → 已受理 → 已办结.</summary>
internal enum ReferralStatus
{
    /// <summary>已移交: the district handed the finding over.</summary>
    Referred = 0,

    /// <summary>已受理: the department took it on, on the date the district records.</summary>
    Accepted = 1,

    /// <summary>已办结: the department finished it; the outcome is recorded.</summary>
    Closed = 2,
}

/// <summary>What the finding came from.</summary>
internal enum ReferralSource
{
    /// <summary>A 双随机 inspection result of 发现问题.</summary>
    Inspection = 0,

    /// <summary>A violation with its 责令整改 order (合法性灯).</summary>
    Violation = 1,
}

internal static class ReferralStatuses
{
    public static string Name(ReferralStatus status) => status switch
    {
        ReferralStatus.Accepted => "已受理",
        ReferralStatus.Closed => "已办结",
        _ => "已移交",
    };

    public static string SourceName(ReferralSource source) => source == ReferralSource.Violation ? "违法违规（责令整改）" : "双随机抽查";
}

/// <summary>
/// 线索移交 (issue 17 · 5, Shanghai plan §四 线索告知): a district's finding about one of its operators handed to an
/// enforcement department the city keeps, followed to 已受理 and 已办结 with the outcome. The department's name is kept as
/// it was at the referral: the city may rename or 停用 it later.
/// </summary>
internal sealed class Referral : IMultiTenant
{
    public const int FindingMaxLength = 1000, OutcomeMaxLength = 1000;

    private Referral()
    {
        Uscc = OperatorName = DepartmentName = Finding = string.Empty;
    }

    public Referral(Guid id, Guid tenantId, ReferralSource source, Guid sourceId, Guid operatorUserId, string uscc, string operatorName,
        EnforcementDepartment department, string finding, Guid referredBy, DateTime nowUtc)
        : this()
    {
        (Id, TenantId, Source, SourceId, OperatorUserId, Uscc, OperatorName) = (id, tenantId, source, sourceId, operatorUserId, uscc, operatorName);
        (DepartmentId, DepartmentName, Finding, ReferredBy, ReferredAtUtc, Status) = (department.Id, department.Name, finding, referredBy, nowUtc, ReferralStatus.Referred);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public ReferralSource Source { get; private set; }

    /// <summary>The inspection item or the violation the finding came from.</summary>
    public Guid SourceId { get; private set; }

    public Guid OperatorUserId { get; private set; }

    public string Uscc { get; private set; }

    public string OperatorName { get; private set; }

    public Guid DepartmentId { get; private set; }

    public string DepartmentName { get; private set; }

    /// <summary>线索内容: what was found.</summary>
    public string Finding { get; private set; }

    public ReferralStatus Status { get; private set; }

    public Guid ReferredBy { get; private set; }

    public DateTime ReferredAtUtc { get; private set; }

    /// <summary>受理日期 as the department told the district.</summary>
    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>办结结果.</summary>
    public string? Outcome { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>线索材料 in the file store, when the district attached one.</summary>
    public string? AttachmentKey { get; private set; }

    public string? AttachmentName { get; private set; }

    public void Attach(string key, string name) => (AttachmentKey, AttachmentName) = (key, name);

    /// <summary>A step may only follow the one before it: 受理 an 已移交 referral, 办结 an 已受理 one.</summary>
    public string? RefusalToAccept() => Status switch
    {
        ReferralStatus.Accepted => "该线索已受理，不能重复登记受理。",
        ReferralStatus.Closed => "该线索已办结，不能再登记受理。",
        _ => null,
    };

    public string? RefusalToClose() => Status switch
    {
        ReferralStatus.Referred => "该线索尚未受理，请先登记受理再办结。",
        ReferralStatus.Closed => "该线索已办结，不能重复办结。",
        _ => null,
    };

    public void Accept(DateOnly acceptedOn) => (Status, AcceptedOn) = (ReferralStatus.Accepted, acceptedOn);

    public void Close(string outcome, DateTime nowUtc) => (Status, Outcome, ClosedAtUtc) = (ReferralStatus.Closed, outcome, nowUtc);
}

/// <summary>One change of a referral's status, with who made it and when: the 移交 itself, the 受理, the 办结.</summary>
internal sealed class ReferralStep : IMultiTenant
{
    private ReferralStep()
    {
        ByName = string.Empty;
    }

    public ReferralStep(Guid id, Guid? tenantId, Guid referralId, ReferralStatus status, string? note, Guid by, string byName, DateTime nowUtc)
        : this()
    {
        (Id, TenantId, ReferralId, Status, Note, By, ByName, AtUtc) = (id, tenantId, referralId, status, note, by, byName, nowUtc);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid ReferralId { get; private set; }

    /// <summary>The status this step set.</summary>
    public ReferralStatus Status { get; private set; }

    /// <summary>The 受理日期 or the outcome, as recorded.</summary>
    public string? Note { get; private set; }

    public Guid By { get; private set; }

    /// <summary>The name the user had at the step.</summary>
    public string ByName { get; private set; }

    public DateTime AtUtc { get; private set; }
}

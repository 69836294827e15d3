using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Filing.Domain;

/// <summary>
/// 备案信息: an operator's filing application (SPEC F3, manual 备案登记申请 第1步–第3步). It belongs to the district of the
/// operator's registered address and to the operator's account; a draft holds whatever was typed (lengths only), a
/// submitted one passed <see cref="Application.FilingRules"/>. One open application per operator: <see cref="OpenKey"/>
/// carries the USCC while the application is open and is unique, so a second open one cannot be stored even by a race.
/// </summary>
internal sealed class FilingApplication : IMultiTenant
{
    public const string WorkflowKey = "filing.registration";
    public const string SubjectType = "filing.application";
    public const string ChangeWorkflowKey = "filing.change";
    public const string ChangeSubjectType = "filing.changeRequest";

    private FilingApplication()
    {
        Uscc = ApplicationNumber = string.Empty;
        LegalRepIdNumber = LegalRepPhone = ProtectedValue.None;
    }

    public FilingApplication(Guid id, Guid tenantId, Guid operatorUserId, string uscc, string applicationNumber, DateTime nowUtc)
        : this()
    {
        Id = id;
        TenantId = tenantId;
        OperatorUserId = operatorUserId;
        Uscc = uscc;
        OpenKey = uscc;
        ApplicationNumber = applicationNumber;
        Status = FilingApplicationStatus.Draft;
        CreatedAtUtc = UpdatedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    /// <summary>备案登记 or 变更备案 (F7): a change is the same form, prefilled from the filing, reviewed through filing.change.</summary>
    public FilingApplicationKind Kind { get; private set; }

    /// <summary>The standing filing a change applies to; null for a registration.</summary>
    public Guid? FilingId { get; private set; }

    public string WorkflowKeyOfKind => Kind == FilingApplicationKind.Change ? ChangeWorkflowKey : WorkflowKey;

    public string SubjectTypeOfKind => Kind == FilingApplicationKind.Change ? ChangeSubjectType : SubjectType;

    /// <summary>The operator account (经营者管理员) that owns the application.</summary>
    public Guid OperatorUserId { get; private set; }

    public string Uscc { get; private set; }

    /// <summary>The USCC while open (draft, submitted, under review, rejected); null once approved or withdrawn.</summary>
    public string? OpenKey { get; private set; }

    /// <summary>申请单编号, e.g. 20261123443305 (the date of creation + 6 digits).</summary>
    public string ApplicationNumber { get; private set; }

    public FilingApplicationStatus Status { get; private set; }

    public Guid? WorkflowInstanceId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>The first submission (申请备案).</summary>
    public DateTime? FirstSubmittedAtUtc { get; private set; }

    /// <summary>The latest submission or resubmission.</summary>
    public DateTime? SubmittedAtUtc { get; private set; }

    // 基本信息
    public string? ShopName { get; private set; }

    public string? IndustryCode { get; private set; }

    public string? DistrictCode { get; private set; }

    public string? StreetCode { get; private set; }

    public FilingCategory? Category { get; private set; }

    // 法人/负责人信息
    public string? LegalRepName { get; private set; }

    public Dictionaries.IdDocumentType? LegalRepIdType { get; private set; }

    public ProtectedValue LegalRepIdNumber { get; private set; }

    public ProtectedValue LegalRepPhone { get; private set; }

    // 经营场所信息
    public string? PremisesAddress { get; private set; }

    public PremisesOwnership? PremisesOwnership { get; private set; }

    public DateOnly? LeaseFrom { get; private set; }

    public DateOnly? LeaseTo { get; private set; }

    // 发卡信息
    public string? ProductName { get; private set; }

    public CardKinds CardKinds { get; private set; }

    /// <summary>累计发行张数 up to the last quarter end.</summary>
    public long? CardsIssued { get; private set; }

    /// <summary>预收资金余额 at the last quarter end, in 分 (entered in 万元).</summary>
    public long? PrepaidBalanceFen { get; private set; }

    // 其他信息
    public string? Remarks { get; private set; }

    /// <summary>Whether the operator may still change it: a submitted application cannot be withdrawn or edited (第2步 · 提示).</summary>
    public bool IsEditable => Status is FilingApplicationStatus.Draft or FilingApplicationStatus.Rejected;

    /// <summary>变更备案信息: a draft of the given filing starting from the data on file (the caller copies the uploads and, through the Custody contract, the account).</summary>
    public static FilingApplication ChangeOf(FilingApplication filed, Guid filingId, Guid id, string applicationNumber, DateTime nowUtc)
    {
        var change = new FilingApplication(id, filed.TenantId!.Value, filed.OperatorUserId, filed.Uscc, applicationNumber, nowUtc)
        {
            Kind = FilingApplicationKind.Change,
            FilingId = filingId,
        };
        change.SetBasics(filed.ShopName, filed.IndustryCode, filed.DistrictCode, filed.StreetCode, filed.Category);
        change.SetLegalRepresentative(filed.LegalRepName, filed.LegalRepIdType, filed.LegalRepIdNumber, filed.LegalRepPhone);
        change.SetPremises(filed.PremisesAddress, filed.PremisesOwnership, filed.LeaseFrom, filed.LeaseTo);
        change.SetIssuance(filed.ProductName, filed.CardKinds, filed.CardsIssued, filed.PrepaidBalanceFen);
        change.SetRemarks(filed.Remarks);
        return change;
    }

    public void SetBasics(string? shopName, string? industryCode, string? districtCode, string? streetCode, FilingCategory? category)
    {
        (ShopName, IndustryCode, DistrictCode, StreetCode, Category) = (shopName, industryCode, districtCode, streetCode, category);
    }

    public void SetLegalRepresentative(string? name, Dictionaries.IdDocumentType? idType, ProtectedValue? idNumber, ProtectedValue? phone)
    {
        (LegalRepName, LegalRepIdType) = (name, idType);
        // null = not typed again: the stored value stays (pages never show it in full, so they cannot post it back).
        LegalRepIdNumber = idNumber ?? LegalRepIdNumber;
        LegalRepPhone = phone ?? LegalRepPhone;
    }

    public void SetPremises(string? address, PremisesOwnership? ownership, DateOnly? leaseFrom, DateOnly? leaseTo)
    {
        (PremisesAddress, PremisesOwnership) = (address, ownership);
        // An owned place has no lease: a term typed before switching to 自有 is not kept.
        (LeaseFrom, LeaseTo) = ownership == Domain.PremisesOwnership.Owned ? (null, null) : (leaseFrom, leaseTo);
    }

    public void SetIssuance(string? productName, CardKinds kinds, long? cardsIssued, long? prepaidBalanceFen)
    {
        (ProductName, CardKinds, CardsIssued, PrepaidBalanceFen) = (productName, kinds, cardsIssued, prepaidBalanceFen);
    }

    public void SetRemarks(string? remarks) => Remarks = remarks;

    public void Touch(DateTime nowUtc) => UpdatedAtUtc = nowUtc;

    /// <summary>提交备案: the caller fires the workflow's <c>submit</c> (or <c>resubmit</c>) in the same save.</summary>
    public void MarkSubmitted(Guid workflowInstanceId, DateTime nowUtc)
    {
        WorkflowInstanceId = workflowInstanceId;
        Status = FilingApplicationStatus.Submitted;
        FirstSubmittedAtUtc ??= nowUtc;
        SubmittedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>
    /// The workflow's <c>subject.setStatus</c> after a district's step (受理, 驳回, 通过) or a withdrawal: the status follows the
    /// workflow, and a closed application frees the operator's one open slot. Nothing changes when the status is this
    /// already (the outbox's copy of a step the step itself applied): a bare touch of the time would cost every step a
    /// second update of the row, with its audit record, when the event is delivered.
    /// </summary>
    public void FollowWorkflow(FilingApplicationStatus status, DateTime nowUtc)
    {
        var closes = status is FilingApplicationStatus.Approved or FilingApplicationStatus.Withdrawn;
        if (Status == status && (!closes || OpenKey is null))
        {
            return;
        }

        Status = status;
        UpdatedAtUtc = nowUtc;
        if (closes)
        {
            OpenKey = null;
        }
    }
}

using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Filing.Domain;

/// <summary>Where a deregistration stands; the <c>filing.deregistration</c> workflow is the authority, this is its copy for lists.</summary>
internal enum DeregistrationStatus
{
    UnderReview = 1,  // 审核中
    Rejected = 2,     // 已驳回
    PublicNotice = 3, // 公示中
    Deregistered = 4, // 已注销
    Withdrawn = 5,    // 已撤回
}

/// <summary>
/// 备案注销申请 (F8, manual 五): after stopping issuance, a public notice of at least 30 days and settling the balance
/// into the custody account, the operator applies; the district 办理备案号注销 within 3 working days and the platform
/// publishes it (a definition may still add a notice after the consent: <see cref="PublicNoticeEndsOn"/>). <see cref="OpenKey"/> (the filing id while the
/// request is open) is unique: one open deregistration per filing.
/// </summary>
internal sealed class FilingDeregistration : IMultiTenant
{
    public const string WorkflowKey = "filing.deregistration";
    public const string SubjectType = "filing.deregistration";
    public const int NoticeDays = 30;

    private FilingDeregistration()
    {
        Uscc = NoticeChannel = Reason = string.Empty;
    }

    public FilingDeregistration(Guid id, Guid tenantId, Guid filingId, Guid operatorUserId, string uscc, DateOnly issuanceStoppedOn, DateOnly noticeFrom,
        string noticeChannel, long settledBalanceFen, string reason, DateTime nowUtc)
        : this()
    {
        Id = id;
        TenantId = tenantId;
        FilingId = filingId;
        OpenKey = filingId.ToString("N");
        OperatorUserId = operatorUserId;
        Uscc = uscc;
        CreatedAtUtc = nowUtc;
        Update(issuanceStoppedOn, noticeFrom, noticeChannel, settledBalanceFen, reason, nowUtc);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid FilingId { get; private set; }

    public string? OpenKey { get; private set; }

    public Guid OperatorUserId { get; private set; }

    public string Uscc { get; private set; }

    public DeregistrationStatus Status { get; private set; }

    /// <summary>停止发行预付卡的日期.</summary>
    public DateOnly IssuanceStoppedOn { get; private set; }

    /// <summary>经营者向社会公示终止预付卡业务的起始日期 (≥ 30 days before applying).</summary>
    public DateOnly NoticeFrom { get; private set; }

    /// <summary>公示方式, e.g. 门店张贴公告、微信公众号.</summary>
    public string NoticeChannel { get; private set; }

    /// <summary>存入专用存管账户、用于清退的预收资金余额, in 分.</summary>
    public long SettledBalanceFen { get; private set; }

    /// <summary>注销原因.</summary>
    public string Reason { get; private set; }

    public Guid? WorkflowInstanceId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    /// <summary>The last day of the platform's public notice once the district agreed.</summary>
    public DateOnly? PublicNoticeEndsOn { get; private set; }

    public DateTime? DeregisteredAtUtc { get; private set; }

    public void Update(DateOnly issuanceStoppedOn, DateOnly noticeFrom, string noticeChannel, long settledBalanceFen, string reason, DateTime nowUtc)
    {
        (IssuanceStoppedOn, NoticeFrom, NoticeChannel, SettledBalanceFen, Reason) = (issuanceStoppedOn, noticeFrom, noticeChannel, settledBalanceFen, reason);
        Status = DeregistrationStatus.UnderReview;
        SubmittedAtUtc = nowUtc;
    }

    public void AttachWorkflow(Guid instanceId) => WorkflowInstanceId = instanceId;

    public void StartPublicNotice(DateOnly today) => PublicNoticeEndsOn = today.AddDays(NoticeDays);

    /// <summary>The workflow's <c>subject.setStatus</c>: a closed request frees the filing's one open slot.</summary>
    public void FollowWorkflow(DeregistrationStatus status, DateTime nowUtc)
    {
        Status = status;
        if (status == DeregistrationStatus.Deregistered)
        {
            DeregisteredAtUtc = nowUtc;
        }

        if (status is DeregistrationStatus.Deregistered or DeregistrationStatus.Withdrawn)
        {
            OpenKey = null;
        }
    }
}

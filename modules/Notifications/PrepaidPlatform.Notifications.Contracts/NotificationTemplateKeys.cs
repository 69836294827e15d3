namespace PrepaidPlatform.Notifications;

/// <summary>The templates the city maintains, one per event of the manual's 消息通知 section.</summary>
public static class NotificationTemplateKeys
{
    /// <summary>备案通过. Parameters: operatorName, filingNumber.</summary>
    public const string FilingApproved = "filing.approved";

    /// <summary>备案驳回（含原因）. Parameters: operatorName, reason.</summary>
    public const string FilingRejected = "filing.rejected";

    /// <summary>变更备案通过. Parameters: operatorName, filingNumber.</summary>
    public const string FilingChangeApproved = "filing.change.approved";

    /// <summary>变更备案驳回（含原因）. Parameters: operatorName, reason.</summary>
    public const string FilingChangeRejected = "filing.change.rejected";

    /// <summary>注销申请已同意，进入公示. Parameters: operatorName, filingNumber.</summary>
    public const string DeregistrationNoticeStarted = "filing.deregistration.noticeStarted";

    /// <summary>注销申请驳回（含原因）. Parameters: operatorName, reason.</summary>
    public const string DeregistrationRejected = "filing.deregistration.rejected";

    /// <summary>公示期满，备案已注销. Parameters: operatorName, filingNumber.</summary>
    public const string Deregistered = "filing.deregistered";

    /// <summary>备案码暂停. Parameters: operatorName, reason.</summary>
    public const string FilingCodeSuspended = "filing.code.suspended";

    /// <summary>备案码恢复. Parameters: operatorName.</summary>
    public const string FilingCodeResumed = "filing.code.resumed";

    /// <summary>数据填报退回（含原因）. Parameters: operatorName, period, reason.</summary>
    public const string ReportReturned = "report.returned";

    /// <summary>填报窗口开启. Parameters: operatorName, period, deadline.</summary>
    public const string ReportWindowOpened = "report.window.opened";

    /// <summary>截止临近. Parameters: operatorName, period, deadline.</summary>
    public const string ReportDeadlineNear = "report.deadline.near";

    /// <summary>已逾期. Parameters: operatorName, period, deadline.</summary>
    public const string ReportOverdue = "report.overdue";

    /// <summary>存管不足 (one per episode). Parameters: operatorName, required, custody, shortfall (元).</summary>
    public const string CustodyShortfall = "custody.shortfall";

    /// <summary>闭店风险预警, to the district's staff when an operator crosses the threshold. Parameters: operatorName, score, threshold, reasons.</summary>
    public const string ClosureRiskWarning = "supervision.closureRisk";

    /// <summary>验证码. Parameters: code, minutes.</summary>
    public const string VerificationCode = "verification.code";
    public const string AdminChangeApproved = "account.adminChange.approved";
    public const string AdminChangeRejected = "account.adminChange.rejected";
}

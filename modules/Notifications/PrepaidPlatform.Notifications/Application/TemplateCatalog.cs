namespace PrepaidPlatform.Notifications.Application;

/// <summary>
/// A placeholder a template may use, with its Chinese label and the sample value of the preview. A secret one (a
/// verification code) is never stored readable: the outbox keeps the text with it redacted.
/// </summary>
internal sealed record TemplatePlaceholder(string Name, string Label, string Sample, bool Secret = false);

/// <summary>An event that sends a message: its key, Chinese name, the placeholders it fills and the seeded wording.</summary>
internal sealed record TemplateDefinition(string Key, string Name, IReadOnlyList<TemplatePlaceholder> Placeholders, string DefaultTitle, string DefaultBody);

/// <summary>The events of the manual's 消息通知 section (and the reporting reminders and verification codes of SPEC N2).</summary>
internal static class TemplateCatalog
{
    private static readonly TemplatePlaceholder OperatorName = new("operatorName", "经营者名称", "演示企业2");
    private static readonly TemplatePlaceholder Reason = new("reason", "原因", "营业执照复印件不清晰");
    private static readonly TemplatePlaceholder Period = new("period", "填报期间", "2026年第三季度");
    private static readonly TemplatePlaceholder Deadline = new("deadline", "截止日期", "2026年10月15日");

    public static readonly IReadOnlyList<TemplateDefinition> All =
    [
        new(NotificationTemplateKeys.FilingApproved, "备案通过", [OperatorName, new("filingNumber", "备案编号", "SW2026050600006")],
            "备案通过", "{operatorName}：您提交的备案登记已通过区商务部门确认，备案编号{filingNumber}。"),
        new(NotificationTemplateKeys.FilingRejected, "备案驳回", [OperatorName, Reason],
            "备案驳回", "{operatorName}：您提交的备案登记未通过确认，原因：{reason}。请修改后重新提交。"),
        new(NotificationTemplateKeys.FilingChangeApproved, "变更备案通过", [OperatorName, new("filingNumber", "备案编号", "SW2026050600006")],
            "变更备案通过", "{operatorName}：您提交的备案信息变更已通过区商务部门确认，备案编号{filingNumber}不变。"),
        new(NotificationTemplateKeys.FilingChangeRejected, "变更备案驳回", [OperatorName, Reason],
            "变更备案驳回", "{operatorName}：您提交的备案信息变更未通过确认，原因：{reason}。原备案信息继续有效，请修改后重新提交或放弃变更。"),
        new(NotificationTemplateKeys.DeregistrationNoticeStarted, "注销公示开始", [OperatorName, new("filingNumber", "备案编号", "SW2026050600006")],
            "备案注销公示", "{operatorName}：区商务部门已同意您的备案注销申请（备案编号{filingNumber}），现向社会公示30日，期满无异议即完成注销。"),
        new(NotificationTemplateKeys.DeregistrationRejected, "注销申请驳回", [OperatorName, Reason],
            "注销申请驳回", "{operatorName}：您的备案注销申请未通过确认，原因：{reason}。"),
        new(NotificationTemplateKeys.Deregistered, "备案已注销", [OperatorName, new("filingNumber", "备案编号", "SW2026050600006")],
            "备案已注销", "{operatorName}：区商务部门已办理您的单用途商业预付卡备案号注销（备案编号{filingNumber}），并向社会公示。"),
        new(NotificationTemplateKeys.FilingCodeSuspended, "备案码暂停", [OperatorName, Reason],
            "备案码暂停使用", "{operatorName}：您的备案码已暂停使用，原因：{reason}。"),
        new(NotificationTemplateKeys.FilingCodeResumed, "备案码恢复", [OperatorName],
            "备案码恢复使用", "{operatorName}：您的备案码已恢复使用。"),
        new(NotificationTemplateKeys.ReportReturned, "数据填报退回", [OperatorName, Period, Reason],
            "数据填报退回", "{operatorName}：您报送的{period}数据已被退回，原因：{reason}。请修改后重新报送。"),
        new(NotificationTemplateKeys.ReportWindowOpened, "填报窗口开启", [OperatorName, Period, Deadline],
            "数据填报开始", "{operatorName}：{period}数据填报已开始，请于{deadline}前完成报送。"),
        new(NotificationTemplateKeys.ReportDeadlineNear, "截止临近", [OperatorName, Period, Deadline],
            "数据填报即将截止", "{operatorName}：{period}数据填报将于{deadline}截止，请尽快完成报送。"),
        new(NotificationTemplateKeys.ReportOverdue, "已逾期", [OperatorName, Period, Deadline],
            "数据填报已逾期", "{operatorName}：{period}数据填报已于{deadline}截止，您尚未报送，请尽快补报。"),
        new(NotificationTemplateKeys.CustodyShortfall, "存管不足", [OperatorName, new("required", "应存管金额（元）", "138,040.00"), new("custody", "存管金额（元）", "119,900.00"), new("shortfall", "差额（元）", "18,140.00")],
            "专用存管账户存管金额不足", "{operatorName}：您的专用存管账户存管金额{custody}元，低于应存管金额{required}元，差额{shortfall}元，请尽快补足。"),
        new(NotificationTemplateKeys.ClosureRiskWarning, "闭店风险预警", [OperatorName, new("score", "风险分", "65"), new("threshold", "预警阈值", "50"), new("reasons", "预警原因", "季度预收资金较上季度增长 180%，季度消费金额下降 40%；近90天投诉 5 件，前90天 1 件")],
            "闭店风险预警", "{operatorName}的闭店风险分为{score}分，已达到预警阈值{threshold}分。原因：{reasons}。请及时核查。"),
        new(NotificationTemplateKeys.VerificationCode, "验证码", [new("code", "验证码", "428913", Secret: true), new("minutes", "有效分钟数", "5")],
            "验证码", "您的验证码为{code}，{minutes}分钟内有效，请勿泄露给他人。"),
        new(NotificationTemplateKeys.AdminChangeApproved, "管理员变更通过", [OperatorName],
            "管理员变更已通过", "{operatorName}：管理员变更申请已通过区商务部门审核，请使用统一社会信用代码和申请时设置的密码登录。"),
        new(NotificationTemplateKeys.AdminChangeRejected, "管理员变更驳回", [OperatorName, Reason],
            "管理员变更未通过", "{operatorName}：管理员变更申请未通过审核，原因：{reason}。"),
    ];

    public static TemplateDefinition? Find(string key) => All.FirstOrDefault(d => d.Key == key);
}

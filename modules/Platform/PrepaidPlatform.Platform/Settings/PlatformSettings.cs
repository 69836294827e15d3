using PrepaidPlatform.Platform.Settings;

namespace PrepaidPlatform.Platform.Settings;

/// <summary>Settings of the kernel. The rule profile (REFERENCE.md) is a group of its own.</summary>
public static class PlatformSettings
{
    public const string SecurityGroup = "安全";

    /// <summary>等保 2.0 level 3 asks for two factors; city administrators always use them, districts by this setting.</summary>
    public const string DistrictTwoFactorRequired = "Platform.Security.DistrictTwoFactorRequired";

    public const string BureauGroup = "受理机关信息";

    /// <summary>
    /// Each district bureau answers its own operators: the city sets a shared default (e.g. 12345), a district its own line.
    /// The bureau's name, address and hours are facts of one district only and live in its 本区信息 (DistrictProfile).
    /// </summary>
    public const string BureauPhone = "Platform.Bureau.Phone";

    public const string AuditGroup = "审计";

    /// <summary>Days of audit kept (requests and data changes); older days are dropped whole by the retention job. At least 180.</summary>
    public const string AuditRetentionDays = "Platform.Audit.RetentionDays";

    /// <summary>The least the retention can be set to (等保 2.0: logs kept at least six months).</summary>
    public const int MinimumAuditRetentionDays = 180;

    internal static void Define(ISettingDefinitionContext context)
    {
        context.Add(new SettingDefinition(AuditRetentionDays, "180", "审计日志保存天数", AuditGroup, SettingValueType.WholeNumber,
            Description: "访问记录和数据变更保存的天数（北京时间按日计），每天凌晨删除更早的整日记录。不得少于 180 天。",
            Minimum: MinimumAuditRetentionDays, Maximum: 3650));
        context.Add(new SettingDefinition(DistrictTwoFactorRequired, "false", "区级用户须使用双因素登录", SecurityGroup, SettingValueType.Boolean,
            Description: "开启后，区商务部门工作人员登录时除密码外还须输入身份验证器动态口令（市级管理员始终须使用）。"));
        context.Add(new SettingDefinition(BureauPhone, "12345", "咨询电话", BureauGroup, SettingValueType.Text, DistrictMayOverride: true,
            Description: "显示在备案回执和公示页面上，供经营者和消费者咨询。市级设置为各区的默认值，各区可改为本区商务部门的电话。"));
    }
}

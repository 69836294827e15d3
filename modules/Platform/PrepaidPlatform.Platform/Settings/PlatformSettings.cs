using PrepaidPlatform.Platform.Settings;

namespace PrepaidPlatform.Platform.Settings;

/// <summary>Settings of the kernel. The rule profile (REFERENCE.md) is a group of its own.</summary>
public static class PlatformSettings
{
    public const string SecurityGroup = "安全";

    /// <summary>等保 2.0 level 3 asks for two factors; city administrators always use them, districts by this setting.</summary>
    public const string DistrictTwoFactorRequired = "Platform.Security.DistrictTwoFactorRequired";

    internal static void Define(ISettingDefinitionContext context)
    {
        context.Add(new SettingDefinition(DistrictTwoFactorRequired, "false", "区级用户须使用双因素登录", SecurityGroup, SettingValueType.Boolean,
            Description: "开启后，区商务部门工作人员登录时除密码外还须输入身份验证器动态口令（市级管理员始终须使用）。"));
    }
}

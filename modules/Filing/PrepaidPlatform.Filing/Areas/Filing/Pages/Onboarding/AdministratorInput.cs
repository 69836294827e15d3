using System.ComponentModel.DataAnnotations;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Onboarding;

/// <summary>管理员实名信息 as typed, for registration and 管理员变更 alike (checked by the Identity module).</summary>
internal sealed class AdministratorInput
{
    [Display(Name = "姓名")]
    public string? RealName { get; set; }

    [Display(Name = "身份证号")]
    public string? IdNumber { get; set; }

    [Display(Name = "手机号")]
    public string? Phone { get; set; }

    [Display(Name = "验证码")]
    public string? Code { get; set; }

    [DataType(DataType.Password)]
    [Display(Name = "登录密码")]
    public string? Password { get; set; }

    [DataType(DataType.Password)]
    [Display(Name = "再次确认密码")]
    public string? ConfirmPassword { get; set; }

    /// <summary>变更原因: only for 管理员变更.</summary>
    [Display(Name = "变更原因")]
    public string? Reason { get; set; }

    [Display(Name = "已阅读并同意《平台服务协议》")]
    public bool AgreedToTerms { get; set; }
}

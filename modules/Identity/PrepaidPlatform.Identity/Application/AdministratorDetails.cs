using Microsoft.AspNetCore.Identity;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Identifiers;

namespace PrepaidPlatform.Identity.Application;

/// <summary>管理员实名信息, checked the same way at registration and at 管理员变更 (F1, F2).</summary>
internal sealed record AdministratorDetails(string RealName, string IdNumber, string Phone)
{
    /// <summary>
    /// Field errors by name (RealName, IdNumber, Phone, Code, Password, ConfirmPassword, AgreedToTerms), or the
    /// normalized details. 管理员仅支持大陆居民身份证注册验证: only an 18-character resident ID number is accepted. The SMS
    /// code is only required here; the caller checks it last, so a typo elsewhere does not spend it.
    /// </summary>
    public static async Task<(AdministratorDetails? Details, Dictionary<string, string> Errors)> CheckAsync(
        UserManager<PlatformUser> users, string? realName, string? idNumber, string? phone, string? code, string? password, string? confirmPassword,
        bool agreedToTerms, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        var name = (realName ?? string.Empty).Trim();
        if (name.Length == 0)
        {
            errors["RealName"] = "请输入姓名。";
        }
        else if (name.Length is < 2 or > 30 || !name.All(c => char.IsLetter(c) || c == '·'))
        {
            errors["RealName"] = "请输入真实姓名（2-30个字，少数民族姓名可含间隔号“·”）。";
        }

        var id = (idNumber ?? string.Empty).Trim().ToUpperInvariant();
        if (ResidentIdNumber.Validate(id, today) is { } idError)
        {
            errors["IdNumber"] = idError;
        }

        if (string.IsNullOrWhiteSpace(phone))
        {
            errors["Phone"] = "请输入手机号。";
        }
        else if (!MobilePhone.TryNormalize(phone, out _))
        {
            errors["Phone"] = MobilePhone.InvalidMessage;
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            errors["Code"] = "请输入短信验证码。";
        }

        if (!agreedToTerms)
        {
            errors["AgreedToTerms"] = "请阅读并同意《平台服务协议》。";
        }

        foreach (var (field, message) in await PasswordRecovery.NewPasswordErrorsAsync(users, password, confirmPassword, "请设置登录密码。"))
        {
            errors[field] = message;
        }

        MobilePhone.TryNormalize(phone, out var normalized);
        return errors.Count == 0 ? (new AdministratorDetails(name, id, normalized), errors) : (null, errors);
    }
}

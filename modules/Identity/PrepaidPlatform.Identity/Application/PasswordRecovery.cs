using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using IPersonalDataProtector = PrepaidPlatform.Platform.Security.IPersonalDataProtector;

namespace PrepaidPlatform.Identity.Application;

/// <summary>
/// 忘记密码 (F2): an SMS code to the administrator's registered phone, then a new password. The answer to 获取验证码 is
/// the same whether or not the phone belongs to the account, so the page cannot be used to learn who registered what.
/// A successful reset also lifts a lockout and ends every other session (new security stamp).
/// </summary>
internal sealed class PasswordRecovery(
    UserManager<PlatformUser> users,
    PlatformDbContext db,
    IVerificationCodeService codes,
    IPersonalDataProtector protector,
    AccountDirectory accounts,
    SignInThrottle throttle,
    ICurrentTenant currentTenant,
    ILogger<PasswordRecovery> logger)
{
    internal const string CodeSentMessage = "如手机号为该账号的注册手机号，验证码已发送，5分钟内有效。未收到时请1分钟后再试。";

    public sealed record Outcome(bool Succeeded, string? Message, IReadOnlyDictionary<string, string> FieldErrors);

    public async Task<Outcome> SendCodeAsync(string? userName, string? phone, CancellationToken cancellationToken)
    {
        var errors = AccountAndPhoneErrors(userName, phone, out var normalized);
        if (errors.Count > 0)
        {
            return new Outcome(false, null, errors);
        }

        // One answer whatever happened: a refusal of the per-phone limits (过于频繁, 每日上限) would tell a real pair apart.
        if (await FindAsync(userName!, normalized, cancellationToken) is not null)
        {
            var sent = await codes.SendAsync(normalized, VerificationPurpose.PasswordReset, cancellationToken);
            if (!sent.Sent)
            {
                logger.LogInformation("Password reset code to {Phone} not sent: {Reason}", Masking.Phone(normalized), sent.Message);
            }
        }

        return new Outcome(true, CodeSentMessage, errors);
    }

    public async Task<Outcome> ResetAsync(string? userName, string? phone, string? code, string? password, string? confirmPassword, CancellationToken cancellationToken)
    {
        var errors = AccountAndPhoneErrors(userName, phone, out var normalized);
        if (string.IsNullOrWhiteSpace(code))
        {
            errors["Code"] = "请输入短信验证码。";
        }

        foreach (var (field, message) in await NewPasswordErrorsAsync(users, password, confirmPassword))
        {
            errors[field] = message;
        }

        if (errors.Count > 0)
        {
            return new Outcome(false, null, errors);
        }

        // A phone that is not the account's never received a reset code for it: say what a missing code says.
        var user = await FindAsync(userName!, normalized, cancellationToken);
        if (user is null)
        {
            return new Outcome(false, null, new Dictionary<string, string> { ["Code"] = "请先获取验证码。" });
        }

        var check = await codes.VerifyAsync(normalized, VerificationPurpose.PasswordReset, code!, cancellationToken);
        if (!check.Valid)
        {
            return new Outcome(false, null, new Dictionary<string, string> { ["Code"] = check.Message });
        }

        using var district = currentTenant.Change(user.TenantId);
        var tracked = await users.FindByIdAsync(user.Id.ToString());
        var reset = await db.InTransactionAsync(async () =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(tracked!);
            var result = await users.ResetPasswordAsync(tracked!, token, password!);
            if (result.Succeeded)
            {
                result = await users.SetLockoutEndDateAsync(tracked!, null);
            }

            return result.Succeeded ? await users.ResetAccessFailedCountAsync(tracked!) : result;
        }, r => r.Succeeded, cancellationToken);
        if (!reset.Succeeded)
        {
            return new Outcome(false, string.Join(" ", reset.Errors.Select(e => e.Description)), errors);
        }

        throttle.Reset(user.UserName!);
        logger.LogInformation("Password of {UserName} reset by SMS code to {Phone}", user.UserName, Masking.Phone(normalized));
        return new Outcome(true, "密码已重置，请使用新密码登录。", errors);
    }

    /// <summary>The manual's password rules and the confirmation, by field (Password, ConfirmPassword).</summary>
    internal static async Task<Dictionary<string, string>> NewPasswordErrorsAsync(UserManager<PlatformUser> users, string? password, string? confirmPassword, string emptyMessage = "请输入新密码。")
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrEmpty(password))
        {
            errors["Password"] = emptyMessage;
            return errors;
        }

        var failures = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            failures.AddRange((await validator.ValidateAsync(users, new PlatformUser(), password)).Errors.Select(e => e.Description));
        }

        if (failures.Count > 0)
        {
            errors["Password"] = string.Join(" ", failures.Distinct());
        }
        else if (password != confirmPassword)
        {
            errors["ConfirmPassword"] = "两次输入的密码不一致。";
        }

        return errors;
    }

    private static Dictionary<string, string> AccountAndPhoneErrors(string? userName, string? phone, out string normalizedPhone)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(userName))
        {
            errors["UserName"] = "请输入统一社会信用代码。";
        }

        if (!MobilePhone.TryNormalize(phone, out normalizedPhone))
        {
            errors["Phone"] = string.IsNullOrWhiteSpace(phone) ? "请输入注册时的手机号。" : MobilePhone.InvalidMessage;
        }

        return errors;
    }

    /// <summary>The active operator account with this USCC, only when the phone is its registered one.</summary>
    private async Task<PlatformUser?> FindAsync(string userName, string normalizedPhone, CancellationToken cancellationToken) =>
        await accounts.FindOperatorAsync(userName, cancellationToken) is { IsActive: true } user && user.PhoneHash == protector.PhoneHash(normalizedPhone) ? user : null;
}

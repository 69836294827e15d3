using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Notifications.Application;

/// <summary>
/// 短信验证码: a 6-digit code valid for 5 minutes and 5 attempts, sent through the SMS outbox. Only keyed hashes of
/// the phone and the code are stored. Sending is limited per phone: one per interval and a daily maximum (Asia/Shanghai day).
/// </summary>
internal sealed class VerificationCodeService(
    PlatformDbContext db,
    INotificationSender sender,
    ISettingProvider settings,
    IClock clock,
    IPersonalDataProtector protector,
    ILogger<VerificationCodeService> logger) : IVerificationCodeService
{
    public async Task<VerificationCodeSendResult> SendAsync(string phone, VerificationPurpose purpose, CancellationToken cancellationToken = default)
    {
        if (!MobilePhone.TryNormalize(phone, out var normalized))
        {
            return new VerificationCodeSendResult(false, MobilePhone.InvalidMessage);
        }

        var phoneHash = protector.PhoneHash(normalized);
        var now = clock.UtcNow.UtcDateTime;
        var interval = TimeSpan.FromSeconds(await settings.GetIntAsync(NotificationSettings.SendIntervalSeconds, cancellationToken));
        var dailyLimit = await settings.GetIntAsync(NotificationSettings.DailyLimit, cancellationToken);

        var last = await db.Set<VerificationCode>().Where(c => c.PhoneHash == phoneHash)
            .OrderByDescending(c => c.CreatedAtUtc).Select(c => (DateTime?)c.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (last is { } lastSent && now - lastSent < interval)
        {
            var wait = interval - (now - lastSent);
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            return new VerificationCodeSendResult(false, $"获取验证码过于频繁，请{seconds}秒后再试。", TimeSpan.FromSeconds(seconds));
        }

        var startOfDay = StartOfShanghaiDay(now);
        var sentToday = await db.Set<VerificationCode>().CountAsync(c => c.PhoneHash == phoneHash && c.CreatedAtUtc >= startOfDay, cancellationToken);
        if (sentToday >= dailyLimit)
        {
            return new VerificationCodeSendResult(false, $"该手机号今日获取验证码已达{dailyLimit}次上限，请明天再试。");
        }

        var id = Guid.NewGuid();
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        db.Set<VerificationCode>().Add(new VerificationCode(id, phoneHash, (int)purpose, CodeHash(id, code), now, now + VerificationCodeOptions.Lifetime));
        await sender.SendSmsAsync(new SmsNotification(normalized, NotificationTemplateKeys.VerificationCode, new Dictionary<string, string>
        {
            ["code"] = code,
            ["minutes"] = ((int)VerificationCodeOptions.Lifetime.TotalMinutes).ToString(CultureInfo.InvariantCulture),
        }), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Verification code for {Purpose} sent to {Phone}", purpose, Masking.Phone(normalized));
        return new VerificationCodeSendResult(true, $"验证码已发送至{Masking.Phone(normalized)}，{(int)VerificationCodeOptions.Lifetime.TotalMinutes}分钟内有效。");
    }

    public async Task<VerificationCodeCheckResult> VerifyAsync(string phone, VerificationPurpose purpose, string code, CancellationToken cancellationToken = default)
    {
        if (!MobilePhone.TryNormalize(phone, out var normalized))
        {
            return new VerificationCodeCheckResult(false, MobilePhone.InvalidMessage);
        }

        var phoneHash = protector.PhoneHash(normalized);
        var latest = await db.Set<VerificationCode>().AsNoTracking()
            .Where(c => c.PhoneHash == phoneHash && c.Purpose == (int)purpose && c.ConsumedAtUtc == null)
            .OrderByDescending(c => c.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        var now = clock.UtcNow.UtcDateTime;
        if (latest is null)
        {
            return new VerificationCodeCheckResult(false, "请先获取验证码。");
        }

        if (now >= latest.ExpiresAtUtc)
        {
            return new VerificationCodeCheckResult(false, "验证码已过期，请重新获取。");
        }

        // Every comparison first claims one of the attempts in the database (a conditional update), so parallel guesses
        // cannot compare more than MaxAttempts times between them, and a code is consumed by one request only.
        var codes = db.Set<VerificationCode>().Where(c => c.Id == latest.Id && c.ConsumedAtUtc == null);
        var claimed = await codes.Where(c => c.Attempts < VerificationCodeOptions.MaxAttempts)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Attempts, c => c.Attempts + 1), cancellationToken);
        if (claimed == 0)
        {
            return await codes.AnyAsync(cancellationToken)
                ? new VerificationCodeCheckResult(false, "验证码输入错误次数过多，请重新获取。")
                : new VerificationCodeCheckResult(false, "请先获取验证码。");
        }

        var given = (code ?? string.Empty).Trim();
        if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(CodeHash(latest.Id, given)), Encoding.ASCII.GetBytes(latest.CodeHash)))
        {
            var consumed = await codes.ExecuteUpdateAsync(u => u.SetProperty(c => c.ConsumedAtUtc, now), cancellationToken);
            return consumed == 1
                ? new VerificationCodeCheckResult(true, "验证成功。")
                : new VerificationCodeCheckResult(false, "请先获取验证码。");
        }

        var attempts = await db.Set<VerificationCode>().Where(c => c.Id == latest.Id).Select(c => c.Attempts).SingleAsync(cancellationToken);
        var left = VerificationCodeOptions.MaxAttempts - attempts;
        return new VerificationCodeCheckResult(false, left > 0 ? $"验证码错误，还可尝试{left}次。" : "验证码输入错误次数过多，请重新获取。");
    }

    private DateTime StartOfShanghaiDay(DateTime nowUtc)
    {
        var local = clock.ToShanghai(new DateTimeOffset(nowUtc, TimeSpan.Zero));
        return new DateTimeOffset(local.Date, local.Offset).UtcDateTime;
    }

    private string CodeHash(Guid id, string code) => Hash("code", $"{id:N}:{code}");

    // The platform's keyed hash (Security:PersonalDataHashKey): phones and codes are never stored readable.
    private string Hash(string kind, string value) => protector.Hash($"{kind}:{value}");
}

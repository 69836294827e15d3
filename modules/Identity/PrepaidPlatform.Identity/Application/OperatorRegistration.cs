using System.Security.Cryptography;
using System.Text.Json;
using IPersonalDataProtector = PrepaidPlatform.Platform.Security.IPersonalDataProtector;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Identity.Application;

/// <summary>
/// 管理员实名注册 and 承诺书 (F1). Between the two steps the checked details travel in a ticket sealed by Data
/// Protection (the password only as its hash), so an abandoned registration leaves nothing behind.
/// </summary>
internal sealed class OperatorRegistration(
    UserManager<PlatformUser> users,
    PlatformDbContext db,
    IVerificationCodeService codes,
    IPersonalDataProtector protector,
    IDataProtectionProvider dataProtection,
    ICurrentTenant currentTenant,
    AccountDirectory accounts,
    IClock clock,
    ILogger<OperatorRegistration> logger) : IOperatorRegistration
{
    internal static readonly TimeSpan TicketLifetime = TimeSpan.FromMinutes(30);
    internal const string PhoneTakenMessage = "该手机号已注册其他经营者，一个手机号只能注册一个主体（统一社会信用代码）。";
    internal const string UsccTakenMessage = "账号已经被注册。";

    private IDataProtector Tickets => dataProtection.CreateProtector("PrepaidPlatform.Identity.RegistrationTicket");

    public async Task<RegistrationStep> SendCodeAsync(string phone, CancellationToken cancellationToken = default)
    {
        if (!MobilePhone.TryNormalize(phone, out var normalized))
        {
            return RegistrationStep.Fail(new Dictionary<string, string> { ["Phone"] = MobilePhone.InvalidMessage });
        }

        // Whether the phone is taken is told only to who holds it: after its code was checked (PrepareAsync).
        var sent = await codes.SendAsync(normalized, VerificationPurpose.Onboarding, cancellationToken);
        return sent.Sent ? new RegistrationStep(true, sent.Message, new Dictionary<string, string>()) : RegistrationStep.Fail(sent.Message);
    }

    public async Task<RegistrationStep> PrepareAsync(AdministratorApplication application, CancellationToken cancellationToken = default)
    {
        var today = clock.TodayInShanghai;
        var (details, errors) = await AdministratorDetails.CheckAsync(users, application.RealName, application.IdNumber, application.Phone,
            application.Code, application.Password, application.ConfirmPassword, application.AgreedToTerms, today);
        if (errors.Count > 0 || details is null)
        {
            return RegistrationStep.Fail(errors);
        }

        if (await accounts.IsUserNameTakenAsync(application.Uscc, cancellationToken))
        {
            return RegistrationStep.Fail(UsccTakenMessage);
        }

        var check = await codes.VerifyAsync(details.Phone, VerificationPurpose.Onboarding, application.Code!, cancellationToken);
        if (!check.Valid)
        {
            return RegistrationStep.Fail(new Dictionary<string, string> { ["Code"] = check.Message });
        }

        if (await accounts.IsPhoneTakenAsync(protector.PhoneHash(details.Phone), null, cancellationToken))
        {
            return RegistrationStep.Fail(new Dictionary<string, string> { ["Phone"] = PhoneTakenMessage });
        }

        var ticket = new Ticket(application.Uscc, application.OperatorName, application.DistrictId, details.RealName, details.IdNumber, details.Phone,
            users.PasswordHasher.HashPassword(new PlatformUser(), application.Password!), clock.UtcNow.Add(TicketLifetime));
        return new RegistrationStep(true, null, new Dictionary<string, string>(), Tickets.Protect(JsonSerializer.Serialize(ticket)));
    }

    public RegistrationTicketSummary? Read(string ticket) =>
        Open(ticket) is { } t ? new RegistrationTicketSummary(t.Uscc, t.OperatorName, t.RealName, Masking.Phone(t.Phone)) : null;

    public async Task<RegistrationStep> CompleteAsync(string ticket, CancellationToken cancellationToken = default)
    {
        if (Open(ticket) is not { } t)
        {
            return RegistrationStep.Fail("注册信息已失效（超过30分钟未完成），请重新进行管理员实名注册。");
        }

        var phoneHash = protector.PhoneHash(t.Phone);
        if (await accounts.FindOperatorAsync(t.Uscc, cancellationToken) is { } existing)
        {
            // 完成 pressed twice: the account this ticket made is already there.
            return existing.PhoneHash == phoneHash ? new RegistrationStep(true, null, new Dictionary<string, string>()) : RegistrationStep.Fail(UsccTakenMessage);
        }

        if (await accounts.IsPhoneTakenAsync(phoneHash, null, cancellationToken))
        {
            return RegistrationStep.Fail(PhoneTakenMessage);
        }

        var now = clock.UtcNow.UtcDateTime;
        var user = new PlatformUser
        {
            UserName = t.Uscc,
            DisplayName = t.OperatorName,
            Side = Platform.Authorization.PlatformSide.Operator,
            TenantId = t.DistrictId,
            CreatedAtUtc = now,
            PasswordHash = t.PasswordHash,
        };
        user.SetAdministrator(t.RealName, ProtectedValue.ForIdNumber(protector, t.IdNumber), ProtectedValue.ForPhone(protector, t.Phone), now);

        using var district = currentTenant.Change(t.DistrictId);
        try
        {
            var role = await db.InTransactionAsync(async () =>
            {
                var created = await users.CreateAsync(user);
                return created.Succeeded ? await users.AddToRoleAsync(user, PlatformRoles.OperatorAdmin) : created;
            }, r => r.Succeeded, cancellationToken);
            if (!role.Succeeded)
            {
                return RegistrationStep.Fail(string.Join(" ", role.Errors.Select(e => e.Description)));
            }
        }
        catch (DbUpdateException)
        {
            // Lost a race with another registration of the same USCC or phone (the unique indexes decide).
            return RegistrationStep.Fail($"{UsccTakenMessage}（或该手机号已注册其他主体）");
        }

        logger.LogInformation("Operator account {Uscc} registered by administrator with phone {Phone}", t.Uscc, Masking.Phone(t.Phone));
        return new RegistrationStep(true, null, new Dictionary<string, string>());
    }

    private Ticket? Open(string ticket)
    {
        try
        {
            var t = JsonSerializer.Deserialize<Ticket>(Tickets.Unprotect(ticket));
            return t is not null && t.ExpiresAt > clock.UtcNow ? t : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private sealed record Ticket(string Uscc, string OperatorName, Guid DistrictId, string RealName, string IdNumber, string Phone, string PasswordHash, DateTimeOffset ExpiresAt);
}

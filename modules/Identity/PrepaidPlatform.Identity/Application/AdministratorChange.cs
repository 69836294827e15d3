using IPersonalDataProtector = PrepaidPlatform.Platform.Security.IPersonalDataProtector;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Identity.Application;

/// <summary>The applicant's side of 管理员变更: the request row and its workflow instance are saved together.</summary>
internal sealed class AdministratorChange(
    UserManager<PlatformUser> users,
    PlatformDbContext db,
    IVerificationCodeService codes,
    IPersonalDataProtector protector,
    IWorkflowRuntime workflows,
    ICurrentTenant currentTenant,
    AccountDirectory accounts,
    IClock clock) : IAdministratorChange
{
    internal const string PendingMessage = "该经营者已有待审核的管理员变更申请，请等待区商务部门审核结果。";

    public async Task<RegistrationStep> SendCodeAsync(string uscc, string phone, CancellationToken cancellationToken = default)
    {
        if (!MobilePhone.TryNormalize(phone, out var normalized))
        {
            return RegistrationStep.Fail(new Dictionary<string, string> { ["Phone"] = MobilePhone.InvalidMessage });
        }

        if (await accounts.FindOperatorAsync(uscc, cancellationToken) is not { } account)
        {
            return RegistrationStep.Fail("该主体尚未注册，请直接进行管理员实名注册。");
        }

        if (await accounts.IsPhoneTakenAsync(protector.PhoneHash(normalized), account.Id, cancellationToken))
        {
            return RegistrationStep.Fail(new Dictionary<string, string> { ["Phone"] = OperatorRegistration.PhoneTakenMessage });
        }

        var sent = await codes.SendAsync(normalized, VerificationPurpose.Onboarding, cancellationToken);
        return sent.Sent ? new RegistrationStep(true, sent.Message, new Dictionary<string, string>()) : RegistrationStep.Fail(sent.Message);
    }

    public async Task<RegistrationStep> RequestAsync(AdministratorChangeApplication application, CancellationToken cancellationToken = default)
    {
        if (await accounts.FindOperatorAsync(application.Uscc, cancellationToken) is not { } account)
        {
            return RegistrationStep.Fail("该主体尚未注册，请直接进行管理员实名注册。");
        }

        var today = clock.TodayInShanghai;
        var (details, errors) = await AdministratorDetails.CheckAsync(users, application.RealName, application.IdNumber, application.Phone,
            application.Code, application.Password, application.ConfirmPassword, application.AgreedToTerms, today);

        if (string.IsNullOrWhiteSpace(application.Reason))
        {
            errors["Reason"] = "请填写变更原因。";
        }
        else if (application.Reason.Trim().Length > 500)
        {
            errors["Reason"] = "变更原因不能超过500字。";
        }

        if (details is not null && await accounts.IsPhoneTakenAsync(protector.PhoneHash(details.Phone), account.Id, cancellationToken))
        {
            errors["Phone"] = OperatorRegistration.PhoneTakenMessage;
        }

        if (errors.Count > 0 || details is null)
        {
            return RegistrationStep.Fail(errors);
        }

        using var district = currentTenant.Change(account.TenantId);
        if (await db.Set<AdminChangeRequest>().AnyAsync(r => r.UserId == account.Id && r.Status == AdminChangeStatus.Submitted, cancellationToken))
        {
            return RegistrationStep.Fail(PendingMessage);
        }

        var check = await codes.VerifyAsync(details.Phone, VerificationPurpose.Onboarding, application.Code!, cancellationToken);
        if (!check.Valid)
        {
            return RegistrationStep.Fail(new Dictionary<string, string> { ["Code"] = check.Message });
        }

        var request = new AdminChangeRequest(Guid.NewGuid(), account.TenantId!.Value, account.Id, account.UserName!, account.DisplayName, details.RealName,
            ProtectedValue.ForIdNumber(protector, details.IdNumber), ProtectedValue.ForPhone(protector, details.Phone),
            users.PasswordHasher.HashPassword(account, application.Password!), application.Reason!.Trim(), clock.UtcNow.UtcDateTime);
        db.Add(request);
        // The start saves the request with the instance: a refused start leaves neither.
        var started = await workflows.StartAsync(AdminChangeRequest.WorkflowKey, AdminChangeRequest.SubjectType, request.Id.ToString(), cancellationToken);
        if (!started.Succeeded)
        {
            db.Entry(request).State = EntityState.Detached;
            return RegistrationStep.Fail(started.Error!);
        }

        return new RegistrationStep(true, "管理员变更申请已提交，等待登记注册地所在区商务部门审核，审核结果将以短信通知新管理员手机号。", new Dictionary<string, string>());
    }
}

using IPersonalDataProtector = PrepaidPlatform.Platform.Security.IPersonalDataProtector;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Identity.Application;

/// <summary>
/// The district's side of 管理员变更. Reads go through the tenant filter (a district sees its own requests only). A
/// decision changes the request — and on approval the account's administrator, password and security stamp, which
/// ends the old administrator's sessions — in the same save as the workflow step, with the SMS to the new phone.
/// </summary>
internal sealed class AdminChangeReview(
    PlatformDbContext db,
    AccountDirectory accounts,
    IWorkflowRuntime workflows,
    IWorkflowStepRunner steps,
    INotificationSender notifications,
    IPersonalDataProtector protector,
    IClock clock)
{
    public sealed record Row(Guid Id, string Uscc, string OperatorName, string AdministratorName, string PhoneMasked, AdminChangeStatus Status, DateTime SubmittedAtUtc);

    public sealed record Outcome(bool Succeeded, string? Message, IReadOnlyDictionary<string, string> FieldErrors);

    public async Task<IReadOnlyList<Row>> ListAsync(AdminChangeStatus? status, CancellationToken cancellationToken) =>
        await db.Set<AdminChangeRequest>().AsNoTracking()
            .Where(r => status == null || r.Status == status)
            .OrderByDescending(r => r.SubmittedAtUtc).Take(200)
            .Select(r => new Row(r.Id, r.Uscc, r.OperatorName, r.AdministratorName, r.Phone.Masked, r.Status, r.SubmittedAtUtc))
            .ToListAsync(cancellationToken);

    public Task<AdminChangeRequest?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<AdminChangeRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>The current administrator of the account, masked, for the comparison on the review page.</summary>
    public Task<PlatformUser?> AccountAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Set<PlatformUser>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);

    public Task<WorkflowInstanceDto?> InstanceAsync(Guid id, CancellationToken cancellationToken) =>
        workflows.FindBySubjectAsync(AdminChangeRequest.WorkflowKey, AdminChangeRequest.SubjectType, id.ToString(), cancellationToken);

    public Task<Outcome> DecideAsync(Guid id, string trigger, string? reason, int expectedVersion, string idempotencyKey, CancellationToken cancellationToken)
    {
        var values = reason is null ? null : new Dictionary<string, string> { ["reason"] = reason };
        return steps.RunAsync(new WorkflowStepRequest(idempotencyKey, values, expectedVersion), step => DecideAsync(step, id, trigger, reason, cancellationToken),
            o => o.Succeeded, cancellationToken);
    }

    private async Task<Outcome> DecideAsync(IWorkflowStep step, Guid id, string trigger, string? reason, CancellationToken cancellationToken)
    {
        var request = await db.Set<AdminChangeRequest>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var instance = request is null ? null : await InstanceAsync(id, cancellationToken);
        if (request is null || instance is null)
        {
            return new Outcome(false, "未找到该管理员变更申请。", new Dictionary<string, string>());
        }

        var now = clock.UtcNow.UtcDateTime;
        var phone = protector.Unprotect(request.Phone.Protected);
        var parameters = new Dictionary<string, string> { ["operatorName"] = request.OperatorName };
        if (trigger == "approve" && request.Status == AdminChangeStatus.Submitted)
        {
            if (await accounts.IsPhoneTakenAsync(request.Phone.Hash, request.UserId, cancellationToken))
            {
                return new Outcome(false, "新管理员的手机号已被其他经营者注册，不能通过本申请，请驳回。", new Dictionary<string, string>());
            }

            var account = await db.Set<PlatformUser>().FirstAsync(u => u.Id == request.UserId, cancellationToken);
            account.SetAdministrator(request.AdministratorName, request.IdNumber, request.Phone, request.SubmittedAtUtc);
            account.PasswordHash = request.PasswordHash;
            account.SecurityStamp = Guid.NewGuid().ToString("N");
            account.ConcurrencyStamp = Guid.NewGuid().ToString();
            account.LockoutEnd = null;
            account.AccessFailedCount = 0;
            request.Approve(now);
            await notifications.SendSmsAsync(new SmsNotification(phone, NotificationTemplateKeys.AdminChangeApproved, parameters), cancellationToken);
        }
        else if (trigger == "reject" && request.Status == AdminChangeStatus.Submitted && !string.IsNullOrWhiteSpace(reason))
        {
            request.Reject(reason.Trim(), now);
            parameters["reason"] = reason.Trim();
            await notifications.SendSmsAsync(new SmsNotification(phone, NotificationTemplateKeys.AdminChangeRejected, parameters), cancellationToken);
        }

        // The engine decides what may happen (state, permission, the required 驳回原因) and saves it all, or nothing.
        var fired = await step.FireAsync(instance.Id, trigger, cancellationToken);
        if (!fired.Succeeded)
        {
            return new Outcome(false, fired.Error, fired.FieldErrors);
        }

        return new Outcome(true, fired.Outcome == WorkflowFireOutcome.AlreadyFired ? "该申请已处理。" : trigger == "approve" ? "已审核通过，新管理员可以登录。" : "已驳回。", new Dictionary<string, string>());
    }
}

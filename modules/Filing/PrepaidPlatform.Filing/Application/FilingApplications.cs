using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Application;

internal sealed record FilingOutcome(bool Succeeded, string? Message, IReadOnlyDictionary<string, string> FieldErrors, FilingApplication? Application = null,
    IReadOnlyList<UploadRefusal>? UploadRefusals = null)
{
    public static FilingOutcome Refuse(string message) => new(false, message, new Dictionary<string, string>());

    public static FilingOutcome Refuse(Dictionary<string, string> errors) => new(false, "请按提示修改标红的项目后再提交。", errors);
}

/// <summary>
/// The signed-in operator's 备案信息: read the own application, save a draft, submit it. Every query is narrowed to the
/// operator's account on top of the district filter, so an id of another operator's application finds nothing.
/// A refused save or submit leaves the database as it was.
/// </summary>
internal sealed class FilingApplications(
    PlatformDbContext db,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    ITenantDirectory tenants,
    IPersonalDataProtector protector,
    ICustodyAccounts custody,
    IWorkflowRuntime workflows,
    IWorkflowStepRunner steps,
    IDataFilter dataFilter,
    FilingUploads uploads,
    IRuleProfile rules,
    IClock clock)
{
    internal const string NotFoundMessage = "未找到该备案申请。";
    internal const string LockedMessage = "备案申请已提交，正在等待区商务部门确认；提交后的备案申请无法自行撤回或修改。";
    internal const string OpenExistsMessage = "本企业已有办理中的备案申请，请在该申请中继续填写。";
    internal const string NoLicenceMessage = "未找到本企业的证照信息，请先通过“更新证照”完成电子营业执照验证。";

    /// <summary>专用存管账户: the number is bound to another operator; the message does not say whose.</summary>
    internal const string AccountPendingForAnotherMessage = "该银行账号已填写在其他经营者正在审核的备案申请中，一个专用存管账户只能属于一个经营者：请核对账号或联系开户银行。";
    internal const string AccountHeldByAnotherMessage = "该银行账号已是其他备案企业的专用存管账户，请核对账号或联系开户银行。";

    private Guid UserId => currentUser.Id ?? throw new InvalidOperationException("备案信息须由已登录的经营者办理。");

    /// <summary>The operator's open application, else its latest one.</summary>
    public Task<FilingApplication?> MineAsync(CancellationToken cancellationToken) =>
        db.Set<FilingApplication>().Where(a => a.OperatorUserId == UserId)
            .OrderByDescending(a => a.OpenKey != null).ThenByDescending(a => a.CreatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The verified licence of the signed-in operator (its user name is the USCC).</summary>
    public Task<OperatorLicence?> LicenceAsync(CancellationToken cancellationToken)
    {
        var uscc = currentUser.UserName ?? string.Empty;
        return db.Set<OperatorLicence>().AsNoTracking().FirstOrDefaultAsync(l => l.Uscc == uscc, cancellationToken);
    }

    public Task<FilingOutcome> SaveDraftAsync(Guid? applicationId, FilingInput input, IReadOnlyDictionary<AttachmentKind, UploadedFile> files, CancellationToken cancellationToken) =>
        KeepingUploadsOfAsync(() => db.InTransactionAsync(async () =>
        {
            var (application, refusal) = await OpenForEditAsync(applicationId, input, files, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            await db.SaveChangesAsync(cancellationToken);
            return new FilingOutcome(true, "草稿已保存。", new Dictionary<string, string>(), application);
        }, o => o.Succeeded, cancellationToken), cancellationToken);

    /// <summary>提交备案: every rule of 第1步, then the workflow's <c>submit</c> (or <c>resubmit</c> after 驳回) with the application, in one transaction.</summary>
    public Task<FilingOutcome> SubmitAsync(Guid? applicationId, FilingInput input, IReadOnlyDictionary<AttachmentKind, UploadedFile> files, string idempotencyKey,
        CancellationToken cancellationToken) =>
        KeepingUploadsOfAsync(() => steps.RunAsync(new WorkflowStepRequest("filing-submit:" + idempotencyKey), async step =>
        {
            var (application, refusal) = await OpenForEditAsync(applicationId, input, files, cancellationToken);
            if (refusal is not null)
            {
                return refusal;
            }

            var licence = await LicenceAsync(cancellationToken);
            if (licence is null)
            {
                return FilingOutcome.Refuse(NoLicenceMessage);
            }

            var district = await tenants.FindByCodeAsync(licence.DistrictCode, cancellationToken);
            var section = await custody.ReadAsync(application!.Id, cancellationToken);
            var secrets = new FilingSecrets(Reveal(application.LegalRepIdNumber), Reveal(application.LegalRepPhone), await custody.RevealAsync(application.Id, cancellationToken));
            var errors = FilingRules.Check(application, section, secrets, new FilingRuleContext(licence.DistrictCode, district?.Name ?? licence.DistrictCode, clock.TodayInShanghai,
                FilingIssuance.AsksCardKinds(await rules.GetAsync(cancellationToken))));
            var attached = (await uploads.OfAsync(application.Id, cancellationToken)).Select(a => a.Kind).Concat(files.Keys).ToHashSet();
            FilingRules.CheckAttachments(application, attached, errors);
            // 7. 专用存管账户: one account number belongs to one operator (C1); the unique index on the bound account is the last guard.
            if (secrets.AccountNumber is { } accountNumber && !errors.ContainsKey(nameof(FilingInput.CustodyAccountNumber))
                && await AccountTakenMessageAsync(application, accountNumber, cancellationToken) is { } taken)
            {
                errors[nameof(FilingInput.CustodyAccountNumber)] = taken;
            }

            if (errors.Count > 0)
            {
                return FilingOutcome.Refuse(errors);
            }

            var trigger = application.Status == FilingApplicationStatus.Rejected ? "resubmit" : "submit";
            var instanceId = application.WorkflowInstanceId;
            if (instanceId is null)
            {
                // The start saves the application with the new instance; the transaction keeps both until the step is taken.
                var started = await workflows.StartAsync(application.WorkflowKeyOfKind, application.SubjectTypeOfKind, application.Id.ToString(), cancellationToken);
                if (!started.Succeeded)
                {
                    return FilingOutcome.Refuse(started.Error!);
                }

                instanceId = started.Instance!.Id;
            }

            application.MarkSubmitted(instanceId.Value, clock.UtcNow.UtcDateTime);
            var fired = await step.FireAsync(instanceId.Value, trigger, cancellationToken);
            if (!fired.Succeeded)
            {
                return FilingOutcome.Refuse(fired.Error ?? "提交失败，请稍后重试。");
            }

            // The review time is the city's setting (区级审核时限), not a figure of the manual typed here.
            var days = (await rules.GetAsync(cancellationToken)).ReviewWorkingDays;
            var submitted = application.Kind == FilingApplicationKind.Change
                ? $"变更申请已提交，等待登记注册地所在区商务部门确认，预计{days}个工作日完成；确认前原备案信息继续有效。"
                : $"备案申请已提交，等待登记注册地所在区商务部门确认，预计{days}个工作日完成。";
            return new FilingOutcome(true, submitted, new Dictionary<string, string>(), application);
        }, o => o.Succeeded, cancellationToken), cancellationToken);

    /// <summary>
    /// Bound to another operator, or named by another operator's filing still under review: the second would otherwise
    /// pass the submit and fail only at its approval, on the unique index, after the district's review.
    /// </summary>
    private async Task<string?> AccountTakenMessageAsync(FilingApplication application, string accountNumber, CancellationToken cancellationToken)
    {
        if (await custody.IsHeldByAnotherOperatorAsync(application.OperatorUserId, accountNumber, cancellationToken))
        {
            return AccountHeldByAnotherMessage;
        }

        var naming = await custody.ApplicationsNamingAsync(accountNumber, cancellationToken);
        if (naming.Count == 0)
        {
            return null;
        }

        // Across districts (the number is unique city-wide); the answer is a bare yes or no, never whose.
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var pending = await db.Set<FilingApplication>().AnyAsync(a => naming.Contains(a.Id) && a.OperatorUserId != application.OperatorUserId
            && (a.Status == FilingApplicationStatus.Submitted || a.Status == FilingApplicationStatus.UnderReview), cancellationToken);
        return pending ? AccountPendingForAnotherMessage : null;
    }

    private string? Reveal(ProtectedValue value) => value.IsEmpty ? null : protector.Unprotect(value.Protected);

    /// <summary>
    /// The files staged by a save are kept only when its transaction committed: a refusal leaves nothing, not even a
    /// half-made draft's uploads, and neither does an exception.
    /// </summary>
    private async Task<FilingOutcome> KeepingUploadsOfAsync(Func<Task<FilingOutcome>> save, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await save();
            if (outcome.Succeeded)
            {
                await uploads.CommitAsync(cancellationToken);
            }
            else
            {
                await uploads.DiscardAsync();
            }

            return outcome;
        }
        catch
        {
            await uploads.DiscardAsync();
            throw;
        }
    }

    private async Task<(FilingApplication? Application, FilingOutcome? Refusal)> OpenForEditAsync(Guid? applicationId, FilingInput input,
        IReadOnlyDictionary<AttachmentKind, UploadedFile> files, CancellationToken cancellationToken)
    {
        var (draft, errors) = FilingDraftParser.Parse(input);
        if (errors.Count > 0)
        {
            return (null, FilingOutcome.Refuse(errors));
        }

        FilingApplication? application;
        if (applicationId is { } id)
        {
            // Own account and own district only: a forged id of anyone else's application is simply not found.
            application = await db.Set<FilingApplication>().FirstOrDefaultAsync(a => a.Id == id && a.OperatorUserId == UserId, cancellationToken);
            if (application is null)
            {
                return (null, FilingOutcome.Refuse(NotFoundMessage));
            }

            if (!application.IsEditable)
            {
                return (null, FilingOutcome.Refuse(LockedMessage));
            }
        }
        else
        {
            if (await db.Set<FilingApplication>().AnyAsync(a => a.OperatorUserId == UserId && a.OpenKey != null, cancellationToken))
            {
                return (null, FilingOutcome.Refuse(OpenExistsMessage));
            }

            application = await CreateAsync(cancellationToken);
        }

        // Under a profile whose form has no 发卡类型 the stored kinds stay as they were, not cleared by the absent boxes.
        Apply(application, draft, FilingIssuance.AsksCardKinds(await rules.GetAsync(cancellationToken)));
        // Staged, not saved: the section commits with the application in this transaction, or neither does.
        await custody.StageAsync(application.Id, draft.CustodyBankCode, draft.CustodyBranchName, draft.CustodyAccountNumber, cancellationToken);
        application.Touch(clock.UtcNow.UtcDateTime);
        var refused = await uploads.StageAsync(application, files, cancellationToken);
        if (refused.Count > 0)
        {
            var message = refused.Count == 1 ? refused[0].Message : "上传的文件未通过校验，本次填写未保存，请按提示修改后重新上传。";
            return (null, new FilingOutcome(false, message, new Dictionary<string, string>(), null, refused));
        }

        return (application, null);
    }

    private async Task<FilingApplication> CreateAsync(CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("经营者账号未关联所属区。");
        var now = clock.UtcNow.UtcDateTime;
        var application = new FilingApplication(Guid.NewGuid(), tenantId, UserId, currentUser.UserName!, await NewApplicationNumberAsync(cancellationToken), now);
        db.Add(application);
        return application;
    }

    /// <summary>
    /// 申请单编号 like the manual's 20230511443305: the Shanghai date and 6 random digits, unique city-wide (a unique
    /// index backs the check; a clash in the race between check and insert fails that one save, never duplicates).
    /// </summary>
    internal async Task<string> NewApplicationNumberAsync(CancellationToken cancellationToken)
    {
        var prefix = clock.TodayInShanghai.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        while (true)
        {
            var number = prefix + RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
            if (!await db.Set<FilingApplication>().AnyAsync(a => a.ApplicationNumber == number, cancellationToken))
            {
                return number;
            }
        }
    }

    private void Apply(FilingApplication application, FilingDraft d, bool asksCardKinds)
    {
        application.SetBasics(d.ShopName, d.IndustryCode, d.DistrictCode, d.StreetCode, d.Category);
        application.SetLegalRepresentative(d.LegalRepName, d.LegalRepIdType,
            d.LegalRepIdNumber is null ? null : ProtectedValue.ForIdNumber(protector, d.LegalRepIdNumber),
            d.LegalRepPhone is null ? null : ProtectedValue.ForPhone(protector, d.LegalRepPhone));
        application.SetPremises(d.PremisesAddress, d.PremisesOwnership, d.LeaseFrom, d.LeaseTo);
        application.SetIssuance(d.ProductName, asksCardKinds ? d.CardKinds : application.CardKinds, d.CardsIssued, d.PrepaidBalanceFen);
        application.SetRemarks(d.Remarks);
    }
}

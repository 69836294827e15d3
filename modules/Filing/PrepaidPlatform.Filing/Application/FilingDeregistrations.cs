using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Application;

/// <summary>The operator's 注销备案 form: the three conditions of 《实施办法》第八条 confirmed, with their facts.</summary>
internal sealed class DeregistrationInput
{
    public bool IssuanceStopped { get; set; }

    public string? IssuanceStoppedOn { get; set; }

    public bool NoticePublished { get; set; }

    public string? NoticeFrom { get; set; }

    public string? NoticeChannel { get; set; }

    public bool BalanceSettled { get; set; }

    public string? SettledBalanceWan { get; set; }

    public string? Reason { get; set; }
}

/// <summary>
/// 备案注销 (F8): the operator applies (or applies again after 驳回) through <c>filing.deregistration</c>, checked
/// against the manual's conditions; the request and the workflow step are one transaction. What follows is the
/// workflow's: by default the district 办理备案号注销 within 3 working days and the deregistration is published (五(一));
/// a city that wants a further notice after the consent adds it in the designer (the old <c>public_notice</c> state still works).
/// </summary>
internal sealed class FilingDeregistrations(PlatformDbContext db, ICurrentUser currentUser, IWorkflowRuntime workflows, IWorkflowStepRunner steps, IRuleProfile rules,
    IClock clock)
{
    public const int TextMax = 200;

    /// <summary>The operator's latest deregistration request, if any.</summary>
    public Task<FilingDeregistration?> MineAsync(CancellationToken cancellationToken) =>
        db.Set<FilingDeregistration>().AsNoTracking().Where(d => d.OperatorUserId == UserId)
            .OrderByDescending(d => d.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);

    public Task<FilingOutcome> ApplyAsync(DeregistrationInput input, string idempotencyKey, CancellationToken cancellationToken)
    {
        var today = clock.TodayInShanghai;
        var (errors, stoppedOn, noticeFrom, settledFen) = Check(input, today);
        return errors.Count > 0
            ? Task.FromResult(FilingOutcome.Refuse(errors))
            : steps.RunAsync(new WorkflowStepRequest("deregistration:" + idempotencyKey), step => RequestAsync(step, input, stoppedOn, noticeFrom, settledFen, cancellationToken),
                o => o.Succeeded, cancellationToken);
    }

    /// <summary>Inside the step's transaction: the request (new, or the rejected one again) and its <c>submit</c> / <c>resubmit</c>.</summary>
    private async Task<FilingOutcome> RequestAsync(IWorkflowStep step, DeregistrationInput input, DateOnly stoppedOn, DateOnly noticeFrom, long settledFen,
        CancellationToken cancellationToken)
    {
        var filing = await db.Set<OperatorFiling>().FirstOrDefaultAsync(f => f.OperatorUserId == UserId && f.ActiveKey != null, cancellationToken);
        if (filing is null)
        {
            return FilingOutcome.Refuse("没有可注销的备案。");
        }

        if (await db.Set<FilingApplication>().AnyAsync(a => a.OperatorUserId == UserId && a.OpenKey != null, cancellationToken))
        {
            return FilingOutcome.Refuse("有办理中的备案或变更申请，请待其办结后再申请注销。");
        }

        var request = await db.Set<FilingDeregistration>().FirstOrDefaultAsync(d => d.FilingId == filing.Id && d.OpenKey != null, cancellationToken);
        var now = clock.UtcNow.UtcDateTime;
        var trigger = "submit";
        if (request is null)
        {
            request = new FilingDeregistration(Guid.NewGuid(), filing.TenantId!.Value, filing.Id, UserId, filing.Uscc, stoppedOn, noticeFrom,
                input.NoticeChannel!.Trim(), settledFen, input.Reason!.Trim(), now);
            db.Add(request);
            var started = await workflows.StartAsync(FilingDeregistration.WorkflowKey, FilingDeregistration.SubjectType, request.Id.ToString(), cancellationToken);
            if (!started.Succeeded)
            {
                return FilingOutcome.Refuse(started.Error!);
            }

            request.AttachWorkflow(started.Instance!.Id);
        }
        else if (request.Status == DeregistrationStatus.Rejected)
        {
            request.Update(stoppedOn, noticeFrom, input.NoticeChannel!.Trim(), settledFen, input.Reason!.Trim(), now);
            trigger = "resubmit";
        }
        else
        {
            return FilingOutcome.Refuse("注销申请正在办理中，请等待区商务部门确认。");
        }

        var fired = await step.FireAsync(request.WorkflowInstanceId!.Value, trigger, cancellationToken);
        if (!fired.Succeeded)
        {
            return FilingOutcome.Refuse(fired.Error ?? "提交失败，请稍后重试。");
        }

        // 五(一): the operator's own 30-day notice came before applying (condition 2), so none follows the district's consent.
        var days = (await rules.GetAsync(cancellationToken)).ReviewWorkingDays;
        return new FilingOutcome(true, $"注销申请已提交，登记注册地所在区商务部门将于{days}个工作日内办理备案号注销，并向社会公示。",
            new Dictionary<string, string>());
    }

    /// <summary>The conditions of 五(一), each with the manual's words.</summary>
    internal static (Dictionary<string, string> Errors, DateOnly StoppedOn, DateOnly NoticeFrom, long SettledFen) Check(DeregistrationInput input, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        var stoppedOn = Date(input.IssuanceStoppedOn);
        if (!input.IssuanceStopped || stoppedOn is null || stoppedOn > today)
        {
            errors[nameof(input.IssuanceStoppedOn)] = "请确认已停止发行预付卡，并填写停止发行的日期（不晚于今天）。";
        }

        var noticeFrom = Date(input.NoticeFrom);
        if (!input.NoticePublished || noticeFrom is null || noticeFrom > today)
        {
            errors[nameof(input.NoticeFrom)] = "请确认已将终止预付卡业务信息向社会公示，并填写公示起始日期（不晚于今天）。";
        }
        else if (noticeFrom.Value.AddDays(FilingDeregistration.NoticeDays) > today)
        {
            var from = noticeFrom.Value.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture);
            var earliest = noticeFrom.Value.AddDays(FilingDeregistration.NoticeDays).ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture);
            errors[nameof(input.NoticeFrom)] = $"向社会公示不少于三十日：自{from}起公示，须于{earliest}及以后方可申请注销。";
        }

        if (string.IsNullOrWhiteSpace(input.NoticeChannel) || input.NoticeChannel.Trim().Length > TextMax)
        {
            errors[nameof(input.NoticeChannel)] = $"请填写公示方式（如门店张贴公告、微信公众号），不超过{TextMax}个字。";
        }

        long settledFen = 0;
        if (!input.BalanceSettled || string.IsNullOrWhiteSpace(input.SettledBalanceWan) || !FilingDraftParser.TryParseWan(input.SettledBalanceWan, out settledFen))
        {
            errors[nameof(input.SettledBalanceWan)] = "请确认已将预收资金余额做好管理和会计清算并存入专用存管账户，并填写存入金额（万元，不小于0，最多6位小数）。";
        }

        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length > TextMax)
        {
            errors[nameof(input.Reason)] = $"请填写注销原因，不超过{TextMax}个字。";
        }

        return (errors, stoppedOn ?? default, noticeFrom ?? default, settledFen);
    }

    public static string StatusLabel(DeregistrationStatus status) => status switch
    {
        DeregistrationStatus.UnderReview => "审核中",
        DeregistrationStatus.Rejected => "已驳回",
        DeregistrationStatus.PublicNotice => "公示中",
        DeregistrationStatus.Deregistered => "已注销",
        _ => "已撤回",
    };

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private Guid UserId => currentUser.Id ?? throw new InvalidOperationException("注销备案须由已登录的经营者办理。");
}

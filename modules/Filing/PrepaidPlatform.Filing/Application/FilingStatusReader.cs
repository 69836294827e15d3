using System.Globalization;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Application;

/// <summary>One line of the history (时间, 操作, 办理人, 状态, 意见) in Asia/Shanghai time.</summary>
internal sealed record FilingHistoryLine(string At, string Action, string Actor, string State, string? Remark);

/// <summary>The status block of 备案信息 as in the manual's screenshots (备案登记确认结果).</summary>
/// <param name="Created">创建时间, <paramref name="FirstSubmitted"/> 首次提交, <paramref name="Updated"/> 最近更新: Asia/Shanghai, <see cref="ShanghaiTime.None"/> when not yet.</param>
internal sealed record FilingStatusView(string StatusLabel, string Summary, string? RejectionReason, IReadOnlyList<FilingHistoryLine> History,
    string Created, string FirstSubmitted, string Updated);

internal sealed class FilingStatusReader(IWorkflowRuntime workflows, IRuleProfile rules, JournalActors actors, IClock clock)
{
    public static string LabelOf(FilingApplicationStatus status) => status switch
    {
        FilingApplicationStatus.Draft => "草稿",
        FilingApplicationStatus.Submitted => "待确认",
        FilingApplicationStatus.UnderReview => "审核中",
        FilingApplicationStatus.Rejected => "备案驳回",
        FilingApplicationStatus.Approved => "完成备案",
        FilingApplicationStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };

    public async Task<FilingStatusView> ReadAsync(FilingApplication application, CancellationToken cancellationToken)
    {
        var journal = application.WorkflowInstanceId is { } id ? await workflows.GetJournalAsync(id, cancellationToken) : [];
        var instance = application.WorkflowInstanceId is { } instanceId ? await workflows.FindAsync(instanceId, cancellationToken) : null;
        var actor = await actors.ForAsync(application.OperatorUserId, application.TenantId, cancellationToken);
        var history = journal.Where(j => j.Kind != WorkflowJournalKind.Started)
            .Select(j => new FilingHistoryLine(clock.Format(j.AtUtc), j.Label ?? j.Trigger ?? string.Empty,
                actor(j), j.ToStateLabel, j.Input.TryGetValue("reason", out var reason) ? reason : j.Comment))
            .ToList();
        var reason = application.Status == FilingApplicationStatus.Rejected
            ? journal.LastOrDefault(j => j.Trigger == "reject")?.Input.GetValueOrDefault("reason")
            : null;
        var reviewDays = (await rules.GetAsync(cancellationToken)).ReviewWorkingDays;
        // One name per state: the workflow's label (the seeded ones are the manual's: 待确认, 备案驳回, 完成备案), which
        // also names a state the city's designer added; the application's own status only before there is an instance.
        return new FilingStatusView(instance?.CurrentStateLabel ?? LabelOf(application.Status), Summary(application, reason, reviewDays), reason, history,
            clock.Format(application.CreatedAtUtc), clock.Format(application.FirstSubmittedAtUtc), clock.Format(application.UpdatedAtUtc));
    }

    private string Summary(FilingApplication a, string? reason, int reviewDays)
    {
        var submitted = a.SubmittedAtUtc is { } at ? clock.ToShanghai(new DateTimeOffset(at, TimeSpan.Zero)).ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture) : null;
        // The manual's words: 【申请备案】 for the registration; for a change 四、备案信息变更 shows
        // "已于2023年06月29日【变更备案】，申请单编号20230511443305。预计3个工作日完成确认。请关注确认结果通知。"
        var change = a.Kind == FilingApplicationKind.Change;
        var what = change ? "变更备案" : "申请备案";
        return a.Status switch
        {
            FilingApplicationStatus.Submitted or FilingApplicationStatus.UnderReview when change =>
                $"已于{submitted}【{what}】，申请单编号{a.ApplicationNumber}。预计{reviewDays}个工作日完成确认。请关注确认结果通知。",
            FilingApplicationStatus.Submitted or FilingApplicationStatus.UnderReview =>
                $"已于{submitted}【{what}】，申请单编号{a.ApplicationNumber}。预计{reviewDays}个工作日内完成审核，请关注确认结果通知。",
            FilingApplicationStatus.Rejected =>
                $"{submitted}【{what}】，申请单编号{a.ApplicationNumber}，未通过审核，原因：{reason}。请修改后重新提交。",
            _ when change => $"正在进行【变更备案】，申请单编号{a.ApplicationNumber}，请修改需要变更的信息并提交。",
            _ => $"正在进行【单用途商业预付卡业务备案】申请，申请单编号{a.ApplicationNumber}，请完成所有信息填写并提交。",
        };
    }
}

using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.CreditRisk.Workflow;

/// <summary>
/// <c>creditrisk.rectificationDeadline</c>: the timer of a 责令整改 order. Its span is the district's choice per order,
/// not the definition's (which <c>timer.workingDays</c> would fix), so the due time is the violation's own: the start of
/// the day after its deadline.
/// </summary>
internal sealed class RectificationDeadlineAction(PlatformDbContext db) : IWorkflowAction
{
    public string Name => "creditrisk.rectificationDeadline";

    public string DisplayName => "整改期限计时";

    public string Description => "整改期限计时：整改期限（工作日）届满次日触发流转";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } =
    [
        new("trigger", WorkflowParameterType.Text, true, "期限届满时触发的流转", Label: "到期触发", ChoicesFrom: WorkflowChoiceLists.Trigger),
    ];

    public async Task ExecuteAsync(WorkflowStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Guid.TryParse(context.Instance.SubjectId, out var id))
        {
            throw new InvalidOperationException("整改期限计时只用于违法违规记录。");
        }

        // Found among the tracked entities first: on start the violation is saved together with the instance.
        var violation = await db.Set<Violation>().FindAsync([id], cancellationToken)
            ?? throw new InvalidOperationException(LegalityMessages.NotFound);
        context.StartTimer(new WorkflowTimerRequest("rectification-deadline", violation.OverdueFromUtc, context.Arguments.RequiredText("trigger"), IsDeadline: true));
    }
}

internal static class LegalityMessages
{
    public const string NotFound = "未找到该违法违规记录。";
}

using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.CreditRisk.Workflow;

/// <summary>
/// <c>creditrisk.deadlinePassed</c>: 逾期未整改 only once the order's last day has ended (platform clock), so neither a
/// district's click nor a timer left from an earlier definition marks an order overdue early.
/// </summary>
internal sealed class DeadlinePassedGuard(PlatformDbContext db, IClock clock) : IWorkflowGuard
{
    public string Name => "creditrisk.deadlinePassed";

    public string DisplayName => "整改期限已届满";

    public string Description => "整改期限已届满（按平台时钟）";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } = [];

    public async Task<WorkflowGuardResult> EvaluateAsync(WorkflowStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var deadline = Guid.TryParse(context.Instance.SubjectId, out var id)
            ? await db.Set<Violation>().Where(v => v.Id == id).Select(v => (DateOnly?)v.Deadline).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (deadline is null)
        {
            return WorkflowGuardResult.Fail(LegalityMessages.NotFound);
        }

        return clock.TodayInShanghai > deadline ? WorkflowGuardResult.Pass : WorkflowGuardResult.Fail($"整改期限至 {deadline:yyyy-MM-dd}，尚未届满。");
    }
}

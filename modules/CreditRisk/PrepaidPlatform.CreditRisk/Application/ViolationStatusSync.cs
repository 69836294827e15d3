using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>
/// Keeps a violation's status with its <c>creditrisk.rectification</c> instance. 逾期未整改 also puts the operator on its
/// district's 重点抽查目录 in the same step; every change asks for the risk code to be recomputed after the commit.
/// </summary>
internal sealed class ViolationStatusSync(PlatformDbContext db, IWorkflowRuntime workflows, IIntegrationEventPublisher events, IClock clock)
    : WorkflowSubjectStatusSync<Violation, ViolationStatus>(workflows)
{
    private static readonly Dictionary<string, ViolationStatus> KnownStatuses = new(StringComparer.Ordinal)
    {
        ["rectifying"] = ViolationStatus.Rectifying,
        ["rectified"] = ViolationStatus.Rectified,
        ["overdue"] = ViolationStatus.Overdue,
    };

    protected override IReadOnlyCollection<string> SubjectTypes { get; } = [Violation.SubjectType];

    protected override IReadOnlyDictionary<string, ViolationStatus> Statuses => KnownStatuses;

    private static readonly Dictionary<string, string> KnownLabels = KnownStatuses.ToDictionary(s => s.Key, s => LegalityLights.StatusName(s.Value), StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> StatusLabels => KnownLabels;

    protected override string SubjectName => "违法违规记录";

    protected override Task<Violation?> FindAsync(Guid subjectId, CancellationToken cancellationToken) =>
        db.Set<Violation>().FirstOrDefaultAsync(v => v.Id == subjectId, cancellationToken);

    protected override async Task ApplyAsync(Violation violation, ViolationStatus status, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow.UtcDateTime;
        if (!violation.FollowWorkflow(status, now))
        {
            return;
        }

        if (status == ViolationStatus.Overdue
            && !await db.Set<KeyListEntry>().AnyAsync(e => e.OperatorUserId == violation.OperatorUserId, cancellationToken)
            && !db.ChangeTracker.Entries<KeyListEntry>().Any(e => e.Entity.OperatorUserId == violation.OperatorUserId))
        {
            db.Add(new KeyListEntry(Guid.NewGuid(), violation.TenantId!.Value, violation.OperatorUserId, violation.Uscc, violation.OperatorName,
                $"责令整改逾期未整改（{violation.OrderNumber}，期限 {violation.Deadline:yyyy-MM-dd}）", violation.Id, now));
        }

        events.Publish(new LegalityLightChanged(violation.OperatorUserId, violation.TenantId, status == ViolationStatus.Overdue ? "逾期未整改" : "已整改"), violation.TenantId);
    }
}

/// <summary>A 合法性灯 changed: the operator's code is recomputed with the light as a fact.</summary>
internal sealed class LegalityLightHandler(RiskCodes codes) : IIntegrationEventHandler<LegalityLightChanged>
{
    public Task HandleAsync(LegalityLightChanged e, CancellationToken cancellationToken) =>
        codes.RecomputeAsync([e.OperatorUserId], e.Trigger, cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Risk;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting.Application;

/// <summary>
/// Keeps the report's status with its <c>reporting.quarterly</c> instance. A report that becomes 已通过 feeds its
/// 预收资金余额 to Custody's required custody (SPEC C3) in the same step: the acceptance and the new basis commit together.
/// </summary>
internal sealed class ReportStatusSync(PlatformDbContext db, IWorkflowRuntime workflows, ICustodyBalanceFeed custody, IIntegrationEventPublisher events, IClock clock)
    : WorkflowSubjectStatusSync<QuarterlyReport, ReportStatus>(workflows)
{
    private static readonly Dictionary<string, ReportStatus> KnownStatuses = new(StringComparer.Ordinal)
    {
        ["submitted"] = ReportStatus.Pending,
        ["returned"] = ReportStatus.Returned,
        ["verified"] = ReportStatus.Accepted,
    };

    protected override IReadOnlyCollection<string> SubjectTypes { get; } = [QuarterlyReport.SubjectType];

    protected override IReadOnlyDictionary<string, ReportStatus> Statuses => KnownStatuses;

    private static readonly Dictionary<string, string> KnownLabels = KnownStatuses.ToDictionary(s => s.Key, s => s.Value.ToPeriodStatus().Label(), StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> StatusLabels => KnownLabels;

    protected override string SubjectName => "季度数据报告";

    protected override Task<QuarterlyReport?> FindAsync(Guid subjectId, CancellationToken cancellationToken) =>
        db.Set<QuarterlyReport>().FirstOrDefaultAsync(r => r.Id == subjectId, cancellationToken);

    protected override async Task ApplyAsync(QuarterlyReport report, ReportStatus status, CancellationToken cancellationToken)
    {
        if (status == ReportStatus.Returned && report.Status != ReportStatus.Returned)
        {
            events.Publish(new ReportingFactsChanged(report.OperatorUserId, report.TenantId, "季度数据被区退回"), report.TenantId);
        }

        if (report.FollowWorkflow(status, clock.UtcNow.UtcDateTime))
        {
            await custody.RecordQuarterBalanceAsync(report.OperatorUserId, report.QuarterEnd, report.BalanceFen, cancellationToken);
        }
    }
}

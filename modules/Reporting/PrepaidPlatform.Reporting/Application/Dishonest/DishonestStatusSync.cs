using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Reporting.Domain.Dishonest;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting.Application.Dishonest;

/// <summary>Keeps a 严重失信主体 filing's status with its <c>reporting.dishonest</c> instance (the step's <c>subject.setStatus</c>).</summary>
internal sealed class DishonestStatusSync(PlatformDbContext db, IWorkflowRuntime workflows, IClock clock)
    : WorkflowSubjectStatusSync<DishonestFiling, ReportStatus>(workflows)
{
    private static readonly Dictionary<string, ReportStatus> KnownStatuses = new(StringComparer.Ordinal)
    {
        ["submitted"] = ReportStatus.Pending,
        ["returned"] = ReportStatus.Returned,
        ["verified"] = ReportStatus.Accepted,
    };

    protected override IReadOnlyCollection<string> SubjectTypes { get; } = [DishonestFiling.SubjectType];

    protected override IReadOnlyDictionary<string, ReportStatus> Statuses => KnownStatuses;

    private static readonly Dictionary<string, string> KnownLabels = KnownStatuses.ToDictionary(s => s.Key, s => s.Value.ToPeriodStatus().Label(), StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> StatusLabels => KnownLabels;

    protected override string SubjectName => "严重失信主体报送";

    protected override Task<DishonestFiling?> FindAsync(Guid subjectId, CancellationToken cancellationToken) =>
        db.Set<DishonestFiling>().FirstOrDefaultAsync(f => f.Id == subjectId, cancellationToken);

    protected override Task ApplyAsync(DishonestFiling subject, ReportStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        subject.FollowWorkflow(status, clock.UtcNow.UtcDateTime);
        return Task.CompletedTask;
    }
}

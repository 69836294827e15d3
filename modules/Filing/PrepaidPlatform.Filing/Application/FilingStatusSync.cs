using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Caching;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// Keeps the application's status with its <c>filing.registration</c> (or <c>filing.change</c>) instance, the row that
/// the operator's page and the district's list read.
/// </summary>
internal sealed class FilingStatusSync(PlatformDbContext db, IWorkflowRuntime workflows, IClock clock, PublicViewStore publicViews)
    : WorkflowSubjectStatusSync<FilingApplication, FilingApplicationStatus>(workflows)
{
    private static readonly Dictionary<string, FilingApplicationStatus> KnownStatuses = new(StringComparer.Ordinal)
    {
        ["draft"] = FilingApplicationStatus.Draft,
        ["submitted"] = FilingApplicationStatus.Submitted,
        ["under_review"] = FilingApplicationStatus.UnderReview,
        ["rejected"] = FilingApplicationStatus.Rejected,
        ["approved"] = FilingApplicationStatus.Approved,
        ["withdrawn"] = FilingApplicationStatus.Withdrawn,
    };

    protected override IReadOnlyCollection<string> SubjectTypes { get; } = [FilingApplication.SubjectType, FilingApplication.ChangeSubjectType];

    protected override IReadOnlyDictionary<string, FilingApplicationStatus> Statuses => KnownStatuses;

    private static readonly Dictionary<string, string> KnownLabels = KnownStatuses.ToDictionary(s => s.Key, s => FilingStatusReader.LabelOf(s.Value), StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> StatusLabels => KnownLabels;

    protected override string SubjectName => "备案申请";

    /// <summary>
    /// The tracked row first: inside a review step the district's decision has the application loaded already (through the
    /// tenant filter), and reading it again would cost the step a round trip for a row it holds.
    /// </summary>
    protected override async Task<FilingApplication?> FindAsync(Guid subjectId, CancellationToken cancellationToken) =>
        db.ChangeTracker.Entries<FilingApplication>().FirstOrDefault(e => e.Entity.Id == subjectId && e.State != EntityState.Deleted)?.Entity
        ?? await db.Set<FilingApplication>().FirstOrDefaultAsync(a => a.Id == subjectId, cancellationToken);

    /// <summary>
    /// The status; an approved change (备案变更) also makes the operator's stored public views stale in the same transaction
    /// (the step's, or the event's delivery), so it shows on the public pages at once. The other steps change nothing a
    /// public page shows: a registration's approval gives a number no page was stored under.
    /// </summary>
    protected override async Task ApplyAsync(FilingApplication application, FilingApplicationStatus status, CancellationToken cancellationToken)
    {
        application.FollowWorkflow(status, clock.UtcNow.UtcDateTime);
        if (status == FilingApplicationStatus.Approved && application.Kind == FilingApplicationKind.Change)
        {
            await publicViews.InvalidateAsync(application.OperatorUserId, cancellationToken);
        }
    }
}

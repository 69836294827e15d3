using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Reporting.Domain.Dishonest;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting.Application.Dishonest;

/// <summary>One page of the district's queue of 严重失信主体 filings (<paramref name="Number"/> of <paramref name="Count"/>, 1-based).</summary>
internal sealed record DishonestQueuePage(IReadOnlyList<DishonestFiling> Rows, int Number, int Count, int Total);

/// <summary>
/// 核对 of the 严重失信主体's monthly reports and half-year statements on the <c>reporting.dishonest</c> workflow: the
/// district's queue (待核对 oldest first, or everything newest first) and the steps the workflow offers (通过, 退回 with
/// its reason). Every read goes through the tenant filter: a district sees and decides its own operators' filings only.
/// </summary>
internal sealed class DishonestVerification(PlatformDbContext db, IWorkflowStepRunner steps, IClock clock)
{
    public const string NotFoundMessage = "未找到该报送记录。";
    public const int PageSize = 20;

    public async Task<DishonestQueuePage> QueueAsync(bool pendingOnly, int pageNumber, CancellationToken cancellationToken)
    {
        var query = db.Set<DishonestFiling>().AsNoTracking().Where(f => f.WorkflowInstanceId != null);
        if (pendingOnly)
        {
            query = query.Where(f => f.Status == ReportStatus.Pending);
        }

        var total = await query.CountAsync(cancellationToken);
        var count = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = Math.Clamp(pageNumber, 1, count);
        var ordered = pendingOnly ? query.OrderBy(f => f.SubmittedAtUtc).ThenBy(f => f.Id) : query.OrderByDescending(f => f.SubmittedAtUtc).ThenBy(f => f.Id);
        return new DishonestQueuePage(await ordered.Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken), number, count, total);
    }

    /// <summary>A filing of the own district that reached it; null for another district's.</summary>
    public Task<DishonestFiling?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<DishonestFiling>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && f.WorkflowInstanceId != null, cancellationToken);

    public bool IsOverdue(DishonestFiling filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return filing.Status == ReportStatus.Pending && filing.VerifyDueAtUtc is { } due && due <= clock.UtcNow.UtcDateTime;
    }

    public Task<VerificationOutcome> DecideAsync(Guid id, string trigger, string? reason, int expectedVersion, string idempotencyKey, CancellationToken cancellationToken) =>
        VerificationSteps.DecideAsync(steps, "dishonest-verify:" + idempotencyKey, trigger, reason, expectedVersion, async () =>
        {
            var filing = await db.Set<DishonestFiling>().FirstOrDefaultAsync(f => f.Id == id && f.WorkflowInstanceId != null, cancellationToken);
            var now = clock.UtcNow.UtcDateTime;
            return filing?.WorkflowInstanceId is { } instanceId ? new VerifiedSubject(instanceId, filing.Period.Label, r => filing.ReturnByDistrict(r, now)) : null;
        }, NotFoundMessage, cancellationToken);
}

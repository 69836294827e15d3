using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting.Application;

/// <summary>The district's queue: 待核对 (oldest first), 已超时 (past the 3 working days), 全部 (newest first).</summary>
internal enum VerificationFilter
{
    Pending = 0,
    Overdue = 1,
    All = 2,
}

/// <summary>One line of the queue: the report, the operator's previous quarter beside it, and whether it is past its deadline.</summary>
internal sealed record VerificationRow(QuarterlyReport Report, QuarterlyReport? Previous, bool Overdue);

/// <summary>One page of the queue (<paramref name="Number"/> of <paramref name="Count"/>, 1-based).</summary>
internal sealed record VerificationPage(IReadOnlyList<VerificationRow> Rows, int Number, int Count, int Total);

/// <summary>What 通过 / 退回 ended in: the notice, or the refusal with the inputs' messages (nothing saved).</summary>
internal sealed record VerificationOutcome(bool Succeeded, string? Message, IReadOnlyDictionary<string, string> FieldErrors)
{
    public static VerificationOutcome Refuse(string message) => new(false, message, new Dictionary<string, string>());
}

/// <summary>
/// 核对 (SPEC R4): a report that passed the filing rules enters its district's queue on the <c>reporting.quarterly</c>
/// workflow (started on the first filing, <c>resubmit</c> after the district's 退回), and the district takes the step the
/// workflow offers (通过, 退回 with its reason) through <see cref="IWorkflowStepRunner"/>. Every read goes through the
/// tenant filter: a district sees and decides its own operators' reports only.
/// </summary>
internal sealed class ReportVerification(PlatformDbContext db, IWorkflowRuntime workflows, IWorkflowStepRunner steps, IClock clock)
{
    public const string NotFoundMessage = "未找到该季度数据报告。";
    public const string ReturnedState = VerificationSteps.ReturnedState;
    public const int PageSize = 20;

    /// <summary>
    /// Inside the filing's transaction, after its save: the report (待核对) goes to the district — a new instance on the
    /// first filing, the <c>resubmit</c> step after the district's 退回. Returns the workflow's refusal, if any.
    /// </summary>
    public async Task<string?> EnqueueAsync(QuarterlyReport report, string operatorName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (instance, error) = await VerificationSteps.SendAsync(workflows, report.WorkflowInstanceId, QuarterlyReport.WorkflowKey, QuarterlyReport.SubjectType,
            report.Id, $"report-resubmit:{report.Id:N}:{report.Revision}", cancellationToken);
        if (instance is null)
        {
            return error;
        }

        report.AwaitVerification(instance.Id, instance.DueAtUtc, operatorName);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<VerificationPage> QueueAsync(VerificationFilter filter, int pageNumber, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow.UtcDateTime;
        var query = db.Set<QuarterlyReport>().AsNoTracking().Where(r => r.WorkflowInstanceId != null);
        query = filter switch
        {
            VerificationFilter.Pending => query.Where(r => r.Status == ReportStatus.Pending),
            VerificationFilter.Overdue => query.Where(r => r.Status == ReportStatus.Pending && r.VerifyDueAtUtc != null && r.VerifyDueAtUtc <= now),
            _ => query,
        };

        var total = await query.CountAsync(cancellationToken);
        var count = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = Math.Clamp(pageNumber, 1, count);
        // Oldest submission first while work waits (first in, first handled); newest first when browsing everything.
        var ordered = filter == VerificationFilter.All
            ? query.OrderByDescending(r => r.SubmittedAtUtc).ThenByDescending(r => r.Id)
            : query.OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id);
        // The page's keys first, off the index alone (a district's 全部 holds every quarter of every operator: tens of
        // thousands of rows, and a deep page would otherwise read each row it skips), then its 20 rows by key.
        var keys = await ordered.Skip((number - 1) * PageSize).Take(PageSize).Select(r => r.Id).ToListAsync(cancellationToken);
        var byKey = await db.Set<QuarterlyReport>().AsNoTracking().Where(r => keys.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var reports = keys.Where(byKey.ContainsKey).Select(k => byKey[k]).ToList();
        var previous = await PreviousOfAsync(reports, cancellationToken);
        var rows = reports.Select(r => new VerificationRow(r, previous.GetValueOrDefault((r.OperatorUserId, r.Period.Previous.End)), IsOverdue(r, now))).ToList();
        return new VerificationPage(rows, number, count, total);
    }

    /// <summary>A report of the own district that reached it; null for another district's or one never sent to a district.</summary>
    public Task<QuarterlyReport?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<QuarterlyReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.WorkflowInstanceId != null, cancellationToken);

    /// <summary>The operator's report of the quarter before, for the comparison.</summary>
    public Task<QuarterlyReport?> PreviousAsync(QuarterlyReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var previousEnd = report.Period.Previous.End;
        return db.Set<QuarterlyReport>().AsNoTracking().FirstOrDefaultAsync(r => r.OperatorUserId == report.OperatorUserId && r.QuarterEnd == previousEnd, cancellationToken);
    }

    public bool IsOverdue(QuarterlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return IsOverdue(report, clock.UtcNow.UtcDateTime);
    }

    /// <summary>通过 / 退回 (with the required reason): whatever step the workflow offers the reviewer now, once per form.</summary>
    public Task<VerificationOutcome> DecideAsync(Guid id, string trigger, string? reason, int expectedVersion, string idempotencyKey, CancellationToken cancellationToken) =>
        VerificationSteps.DecideAsync(steps, "report-verify:" + idempotencyKey, trigger, reason, expectedVersion, async () =>
        {
            var report = await db.Set<QuarterlyReport>().FirstOrDefaultAsync(r => r.Id == id && r.WorkflowInstanceId != null, cancellationToken);
            var now = clock.UtcNow.UtcDateTime;
            return report?.WorkflowInstanceId is { } instanceId ? new VerifiedSubject(instanceId, report.Period.Label, r => report.ReturnByDistrict(r, now)) : null;
        }, NotFoundMessage, cancellationToken);

    private static bool IsOverdue(QuarterlyReport report, DateTime now) =>
        report.Status == ReportStatus.Pending && report.VerifyDueAtUtc is { } due && due <= now;

    private async Task<Dictionary<(Guid, DateOnly), QuarterlyReport>> PreviousOfAsync(List<QuarterlyReport> reports, CancellationToken cancellationToken)
    {
        if (reports.Count == 0)
        {
            return [];
        }

        var operators = reports.Select(r => r.OperatorUserId).Distinct().ToList();
        var ends = reports.Select(r => r.Period.Previous.End).Distinct().ToList();
        var candidates = await db.Set<QuarterlyReport>().AsNoTracking()
            .Where(r => operators.Contains(r.OperatorUserId) && ends.Contains(r.QuarterEnd)).ToListAsync(cancellationToken);
        return candidates.ToDictionary(r => (r.OperatorUserId, r.QuarterEnd));
    }
}

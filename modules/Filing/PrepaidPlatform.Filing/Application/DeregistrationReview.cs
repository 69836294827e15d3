using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Application;

/// <summary>One deregistration as the district's list shows it.</summary>
internal sealed record DeregistrationRow(Guid Id, string FilingNumber, string Uscc, DeregistrationStatus Status, DateTime SubmittedAtUtc, DateOnly? PublicNoticeEndsOn);

/// <summary>
/// The district's side of 备案注销 (F8): the list and the steps the workflow offers (同意并公示, 驳回 with a reason,
/// 公示期异议). Agreeing starts the platform's 30-day public notice; the workflow's timer ends it. Reads go through
/// the tenant filter: another district's request is not found.
/// </summary>
internal sealed class DeregistrationReview(PlatformDbContext db, IWorkflowRuntime workflows, IClock clock)
{
    public const string NoticeState = "public_notice";

    public async Task<IReadOnlyList<DeregistrationRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<FilingDeregistration>().AsNoTracking().OrderByDescending(d => d.SubmittedAtUtc).Take(100)
            .Join(db.Set<OperatorFiling>(), d => d.FilingId, f => f.Id, (d, f) => new DeregistrationRow(d.Id, f.FilingNumber, d.Uscc, d.Status, d.SubmittedAtUtc, d.PublicNoticeEndsOn))
            .ToListAsync(cancellationToken);

    public Task<FilingDeregistration?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<FilingDeregistration>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    public Task<OperatorFiling?> FilingAsync(Guid filingId, CancellationToken cancellationToken) =>
        db.Set<OperatorFiling>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == filingId, cancellationToken);

    public async Task<FilingOutcome> DecideAsync(Guid id, string trigger, IReadOnlyDictionary<string, string> values, int expectedVersion, string idempotencyKey,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await db.Set<FilingDeregistration>().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (request?.WorkflowInstanceId is not { } instanceId)
        {
            return FilingOutcome.Refuse("未找到该注销申请。");
        }

        var step = (await workflows.GetAvailableTriggersAsync(instanceId, cancellationToken)).FirstOrDefault(t => t.Trigger == trigger);
        if (step?.ToState == NoticeState)
        {
            request.StartPublicNotice(clock.TodayInShanghai);
        }

        // Only the inputs the step asks for travel with it (a reason typed before pressing 同意 is not that step's).
        var input = step is null ? null : values.Where(v => step.Inputs.Any(i => i.Name == v.Key) && !string.IsNullOrWhiteSpace(v.Value))
            .ToDictionary(v => v.Key, v => v.Value.Trim());
        var fired = await workflows.FireAsync(new WorkflowFireRequest(instanceId, trigger, input, null, "deregistration-review:" + idempotencyKey, expectedVersion), cancellationToken);
        if (!fired.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new FilingOutcome(false, fired.Error, fired.FieldErrors);
        }

        await transaction.CommitAsync(cancellationToken);
        var message = fired.Outcome == WorkflowFireOutcome.AlreadyFired ? "该操作已完成，无需重复提交。"
            : step?.ToState == NoticeState ? $"已同意注销，公示至{request.PublicNoticeEndsOn:yyyy-MM-dd}，期满自动注销。"
            : $"已{step?.Label ?? "办理"}。";
        return new FilingOutcome(true, message, new Dictionary<string, string>());
    }
}

/// <summary>
/// Keeps a deregistration's status with its workflow (the <c>subject.setStatus</c> steps, once per event, only the
/// event of the instance's current state); 已注销 also ends the filing itself.
/// </summary>
internal sealed class DeregistrationStatusSync(PlatformDbContext db, IWorkflowRuntime workflows, IClock clock) : IIntegrationEventHandler<WorkflowSubjectStatusRequested>
{
    private static readonly Dictionary<string, DeregistrationStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["under_review"] = DeregistrationStatus.UnderReview,
        ["rejected"] = DeregistrationStatus.Rejected,
        ["public_notice"] = DeregistrationStatus.PublicNotice,
        ["deregistered"] = DeregistrationStatus.Deregistered,
        ["withdrawn"] = DeregistrationStatus.Withdrawn,
    };

    public async Task HandleAsync(WorkflowSubjectStatusRequested e, CancellationToken cancellationToken)
    {
        if (e.SubjectType != FilingDeregistration.SubjectType || !Guid.TryParse(e.SubjectId, out var id))
        {
            return;
        }

        if (!Statuses.TryGetValue(e.Status, out var status))
        {
            throw new InvalidOperationException($"备案注销不支持的状态：{e.Status}");
        }

        var instance = await workflows.FindAsync(e.InstanceId, cancellationToken);
        if (instance is null || instance.CurrentState != e.State)
        {
            return;
        }

        var request = await db.Set<FilingDeregistration>().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (request is null)
        {
            return;
        }

        var now = clock.UtcNow.UtcDateTime;
        request.FollowWorkflow(status, now);
        if (status == DeregistrationStatus.Deregistered
            && await db.Set<OperatorFiling>().FirstOrDefaultAsync(f => f.Id == request.FilingId, cancellationToken) is { Status: OperatorFilingStatus.Filed } filing)
        {
            filing.Deregister(now);
        }
    }
}

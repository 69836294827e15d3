using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Caching;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Application;

/// <summary>One deregistration as the district's list shows it.</summary>
internal sealed record DeregistrationRow(Guid Id, string FilingNumber, string Uscc, DeregistrationStatus Status, DateTime SubmittedAtUtc, DateOnly? PublicNoticeEndsOn);

/// <summary>
/// The district's side of 备案注销 (F8): the list and the steps the workflow offers (办理备案号注销, 驳回 with a reason
/// that names what is still to be settled — condition 4). A definition with a notice state after the consent starts it
/// here. Reads go through the tenant filter: another district's request is not found.
/// </summary>
internal sealed class DeregistrationReview(PlatformDbContext db, IWorkflowStepRunner steps, IClock clock)
{
    /// <summary>A notice after the consent: not in the default since 五(一) (the operator published its own first), kept for definitions that add it.</summary>
    public const string NoticeState = "public_notice";

    public const string DeregisteredState = "deregistered";

    public async Task<IReadOnlyList<DeregistrationRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<FilingDeregistration>().AsNoTracking().OrderByDescending(d => d.SubmittedAtUtc).Take(100)
            .Join(db.Set<OperatorFiling>(), d => d.FilingId, f => f.Id, (d, f) => new DeregistrationRow(d.Id, f.FilingNumber, d.Uscc, d.Status, d.SubmittedAtUtc, d.PublicNoticeEndsOn))
            .ToListAsync(cancellationToken);

    public Task<FilingDeregistration?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<FilingDeregistration>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    public Task<OperatorFiling?> FilingAsync(Guid filingId, CancellationToken cancellationToken) =>
        db.Set<OperatorFiling>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == filingId, cancellationToken);

    public Task<FilingOutcome> DecideAsync(Guid id, string trigger, IReadOnlyDictionary<string, string> values, int expectedVersion, string idempotencyKey,
        CancellationToken cancellationToken) =>
        steps.RunAsync(new WorkflowStepRequest("deregistration-review:" + idempotencyKey, values, expectedVersion), async step =>
        {
            var request = await db.Set<FilingDeregistration>().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (request?.WorkflowInstanceId is not { } instanceId)
            {
                return FilingOutcome.Refuse("未找到该注销申请。");
            }

            var offered = await step.OfferedAsync(instanceId, trigger, cancellationToken);
            if (offered?.ToState == NoticeState)
            {
                request.StartPublicNotice(clock.TodayInShanghai);
            }

            var fired = await step.FireAsync(instanceId, trigger, cancellationToken);
            if (!fired.Succeeded)
            {
                return new FilingOutcome(false, fired.Error, fired.FieldErrors);
            }

            var message = fired.Outcome == WorkflowFireOutcome.AlreadyFired ? "该操作已完成，无需重复提交。"
                : offered?.ToState == NoticeState ? $"已同意注销，公示至{request.PublicNoticeEndsOn:yyyy-MM-dd}，期满自动注销。"
                : offered?.ToState == DeregisteredState ? "已办理备案号注销，并在备案注销公示中向社会公示。"
                : $"已{offered?.Label ?? "办理"}。";
            return new FilingOutcome(true, message, new Dictionary<string, string>());
        }, o => o.Succeeded, cancellationToken);
}

/// <summary>
/// Keeps a deregistration's status with its workflow (the <c>subject.setStatus</c> steps); 已注销 also ends the filing itself.
/// </summary>
internal sealed class DeregistrationStatusSync(PlatformDbContext db, IWorkflowRuntime workflows, IClock clock, PublicViewStore publicViews)
    : WorkflowSubjectStatusSync<FilingDeregistration, DeregistrationStatus>(workflows)
{
    private static readonly Dictionary<string, DeregistrationStatus> KnownStatuses = new(StringComparer.Ordinal)
    {
        ["under_review"] = DeregistrationStatus.UnderReview,
        ["rejected"] = DeregistrationStatus.Rejected,
        ["public_notice"] = DeregistrationStatus.PublicNotice,
        ["deregistered"] = DeregistrationStatus.Deregistered,
        ["withdrawn"] = DeregistrationStatus.Withdrawn,
    };

    protected override IReadOnlyCollection<string> SubjectTypes { get; } = [FilingDeregistration.SubjectType];

    protected override IReadOnlyDictionary<string, DeregistrationStatus> Statuses => KnownStatuses;

    private static readonly Dictionary<string, string> KnownLabels = KnownStatuses.ToDictionary(s => s.Key, s => FilingDeregistrations.StatusLabel(s.Value), StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string> StatusLabels => KnownLabels;

    protected override string SubjectName => "备案注销";

    protected override Task<FilingDeregistration?> FindAsync(Guid subjectId, CancellationToken cancellationToken) =>
        db.Set<FilingDeregistration>().FirstOrDefaultAsync(d => d.Id == subjectId, cancellationToken);

    protected override async Task ApplyAsync(FilingDeregistration request, DeregistrationStatus status, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow.UtcDateTime;
        request.FollowWorkflow(status, now);
        // 公示中 and 已注销 show on the public pages, and a notice withdrawn or refused goes from them: the stored views go
        // stale in the same transaction. Taking it under review shows nowhere.
        if (status != DeregistrationStatus.UnderReview)
        {
            await publicViews.InvalidateAsync(request.OperatorUserId, cancellationToken);
        }
        if (status == DeregistrationStatus.Deregistered
            && await db.Set<OperatorFiling>().FirstOrDefaultAsync(f => f.Id == request.FilingId, cancellationToken) is { Status: OperatorFilingStatus.Filed } filing)
        {
            filing.Deregister(now);
        }
    }
}

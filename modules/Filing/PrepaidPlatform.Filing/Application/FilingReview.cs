using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Numbering;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Application;

/// <summary>One row of the district's work queue: the application, its workflow state and the 3-working-day deadline.</summary>
internal sealed record FilingQueueRow(Guid Id, string ApplicationNumber, string Uscc, string? ShopName, FilingApplicationStatus Status,
    DateTime? SubmittedAtUtc, string? StateLabel, DateTime? DueAtUtc, bool Overdue, FilingApplicationKind Kind);

internal enum FilingQueueFilter
{
    Pending = 0, // 待办: waiting for the district (待受理, 审核中)
    All = 1,
    Overdue = 2,
}

/// <summary>
/// The district's side of 备案登记 (F4). Reads go through the tenant filter, so a district sees and decides its own
/// applications only. A step into the workflow's <see cref="ApprovedState"/> records the filing — the 备案编号 from the
/// city-wide allocator and the <see cref="OperatorFiling"/> — in the same transaction as the step: a refused or lost
/// step leaves no filing and gives its number back. The operator's 专用存管账户 is bound for custody supervision in the
/// same transaction (C1), so an approved filing is never without its account.
/// </summary>
internal sealed class FilingReview(PlatformDbContext db, IWorkflowRuntime workflows, IWorkflowStepRunner steps, FilingNumberAllocator numbers,
    ICustodyAccounts custody, FilingSearchEntries searchEntries, IClock clock)
{
    public const string ApprovedState = "approved";
    private const int PageSize = 50;

    public async Task<IReadOnlyList<FilingQueueRow>> QueueAsync(FilingQueueFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Set<FilingApplication>().AsNoTracking().Where(a => a.Status != FilingApplicationStatus.Draft);
        if (filter != FilingQueueFilter.All)
        {
            query = query.Where(a => a.Status == FilingApplicationStatus.Submitted || a.Status == FilingApplicationStatus.UnderReview);
        }

        // Oldest submission first while work waits (first in, first handled); newest first when browsing everything.
        query = filter == FilingQueueFilter.All ? query.OrderByDescending(a => a.SubmittedAtUtc) : query.OrderBy(a => a.SubmittedAtUtc);
        var applications = await query.Take(PageSize).ToListAsync(cancellationToken);
        var instances = await workflows.FindManyAsync(applications.Where(a => a.WorkflowInstanceId != null).Select(a => a.WorkflowInstanceId!.Value).ToList(), cancellationToken);
        var now = clock.UtcNow.UtcDateTime;
        var rows = applications.Select(a =>
        {
            var instance = a.WorkflowInstanceId is { } id ? instances.GetValueOrDefault(id) : null;
            return new FilingQueueRow(a.Id, a.ApplicationNumber, a.Uscc, a.ShopName, a.Status, a.SubmittedAtUtc,
                instance?.CurrentStateLabel, instance?.DueAtUtc, instance?.IsOverdueAt(now) ?? false, a.Kind);
        });
        return (filter == FilingQueueFilter.Overdue ? rows.Where(r => r.Overdue) : rows).ToList();
    }

    /// <summary>A submitted application of the own district (drafts stay the operator's own).</summary>
    public Task<FilingApplication?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<FilingApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Status != FilingApplicationStatus.Draft, cancellationToken);

    public Task<OperatorFiling?> FilingOfAsync(FilingApplication application, CancellationToken cancellationToken) =>
        db.Set<OperatorFiling>().AsNoTracking().FirstOrDefaultAsync(f => f.ApplicationId == application.Id, cancellationToken);

    /// <summary>受理 / 审核通过 / 驳回 (with the required reason): whatever step the workflow offers the reviewer now.</summary>
    public Task<FilingOutcome> DecideAsync(Guid id, string trigger, string? reason, int expectedVersion, string idempotencyKey, CancellationToken cancellationToken)
    {
        var values = reason is null ? null : new Dictionary<string, string> { ["reason"] = reason };
        return steps.RunAsync(new WorkflowStepRequest("filing-review:" + idempotencyKey, values, expectedVersion), async step =>
        {
            var found = await FindForDecision(db, id, cancellationToken);
            var application = found?.Application;
            if (application?.WorkflowInstanceId is not { } instanceId)
            {
                return FilingOutcome.Refuse(FilingApplications.NotFoundMessage);
            }

            var licence = found!.LicenceName is { } name && found.RegistrationDate is { } registered ? new LicenceFacts(name, registered) : null;

            var offered = await step.OfferedAsync(instanceId, trigger, cancellationToken);
            string? number = null;
            WorkflowFireResult fired;
            if (offered?.ToState == ApprovedState)
            {
                // An approved filing is never without its custody binding, which names the licence's operator.
                var onFile = licence ?? throw new InvalidOperationException($"未找到统一社会信用代码 {application.Uscc} 的营业执照信息。");
                if (application.Kind == FilingApplicationKind.Change)
                {
                    number = await ApplyChangeAsync(application, onFile, cancellationToken);
                    fired = await step.FireAsync(instanceId, trigger, cancellationToken);
                }
                else
                {
                    // The 备案编号 counter is one row for the city, locked from its bump to the commit: the filing is recorded
                    // once the step is taken, right before the save, with the custody rows it binds read before that.
                    await custody.PrepareBindingAsync(application.Id, application.OperatorUserId, cancellationToken);
                    fired = await step.FireAsync(instanceId, trigger,
                        async beforeSave => number = await RecordFilingAsync(application, onFile, beforeSave), cancellationToken);
                }
            }
            else
            {
                fired = await step.FireAsync(instanceId, trigger, cancellationToken);
            }

            if (!fired.Succeeded)
            {
                return new FilingOutcome(false, fired.Error, fired.FieldErrors);
            }

            var message = fired.Outcome == WorkflowFireOutcome.AlreadyFired ? "该操作已完成，无需重复提交。"
                : number is not null && application.Kind == FilingApplicationKind.Change ? $"已确认变更，备案编号 {number} 不变。"
                : number is not null ? $"已审核通过，备案编号 {number}。"
                : $"已{offered?.Label ?? "办理"}。";
            return new FilingOutcome(true, message, new Dictionary<string, string>(), application);
        }, o => o.Succeeded, cancellationToken);
    }

    /// <summary>变更备案 confirmed: the filing now points at the change's data; its number stays (F7).</summary>
    private async Task<string> ApplyChangeAsync(FilingApplication change, LicenceFacts licence, CancellationToken cancellationToken)
    {
        var filing = await db.Set<OperatorFiling>().FirstAsync(f => f.Id == change.FilingId, cancellationToken);
        filing.ApplyChange(change.Id, clock.UtcNow.UtcDateTime);
        await searchEntries.RenameAsync(filing, licence.Name, change.ShopName, cancellationToken);
        await BindCustodyAsync(filing, change, licence, cancellationToken);
        return filing.FilingNumber;
    }

    private async Task<string> RecordFilingAsync(FilingApplication application, LicenceFacts licence, CancellationToken cancellationToken)
    {
        var number = await numbers.NextAsync(cancellationToken);
        var now = clock.UtcNow.UtcDateTime;
        var filing = new OperatorFiling(Guid.NewGuid(), application.TenantId!.Value, application.OperatorUserId, application.Uscc, number, application.Id, now, clock.TodayInShanghai);
        db.Add(filing);
        searchEntries.Add(filing, licence.Name, application.ShopName);
        await BindCustodyAsync(filing, application, licence, cancellationToken);
        return number;
    }

    /// <summary>The account of the data now on file goes under custody supervision, with the facts its requirement starts from.</summary>
    private Task BindCustodyAsync(OperatorFiling filing, FilingApplication onFile, LicenceFacts licence, CancellationToken cancellationToken) =>
        custody.BindFiledAccountAsync(new FiledCustodyOperator(filing.Id, filing.TenantId!.Value, filing.OperatorUserId, filing.Uscc, licence.Name,
            filing.FilingNumber, onFile.Id, onFile.PrepaidBalanceFen, licence.RegistrationDate), cancellationToken);

    /// <summary>What custody takes from the operator's licence.</summary>
    private sealed record LicenceFacts(string Name, DateOnly RegistrationDate);

    /// <summary>The application a decision is on (tracked), with the facts of its licence.</summary>
    private sealed record DecisionRow(FilingApplication Application, string? LicenceName, DateOnly? RegistrationDate);

    /// <summary>
    /// The application with the licence's two facts custody needs on approval: scalar subqueries on its unique USCC in the same
    /// round trip cost less than a second query, and the step does not know yet whether it approves. Compiled once: every
    /// step runs it, and the query's translation cache still hashed its whole expression tree each time. The tenant filter
    /// is the context's, as for any query.
    /// </summary>
    private static readonly Func<PlatformDbContext, Guid, CancellationToken, Task<DecisionRow?>> FindForDecision = EF.CompileAsyncQuery(
        (PlatformDbContext db, Guid id, CancellationToken cancellationToken) => db.Set<FilingApplication>()
            .Where(a => a.Id == id && a.Status != FilingApplicationStatus.Draft)
            .Select(a => new DecisionRow(
                a,
                db.Set<OperatorLicence>().Where(l => l.Uscc == a.Uscc).Select(l => l.Name).FirstOrDefault(),
                db.Set<OperatorLicence>().Where(l => l.Uscc == a.Uscc).Select(l => (DateOnly?)l.RegistrationDate).FirstOrDefault()))
            .FirstOrDefault());
}

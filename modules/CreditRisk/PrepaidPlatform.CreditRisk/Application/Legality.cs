using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>What recording a violation or its rectification ended in: the notice, or the refusal (nothing saved).</summary>
internal sealed record LegalityOutcome(bool Succeeded, string? Message, IReadOnlyDictionary<string, string> FieldErrors)
{
    public static LegalityOutcome Refuse(string message) => new(false, message, new Dictionary<string, string>());

    public static LegalityOutcome Done(string message) => new(true, message, new Dictionary<string, string>());
}

/// <summary>An operator's 合法性灯 and the open violations behind it, for the rules.</summary>
internal sealed record LegalityFact(Guid OperatorUserId, Guid? TenantId, string Uscc, int Rectifying, int Overdue, DateOnly? EarliestDeadline, DateOnly? EarliestOverdueDeadline)
{
    public LegalityLight Light => Overdue > 0 ? LegalityLight.Red : Rectifying > 0 ? LegalityLight.Yellow : LegalityLight.Green;
}

/// <summary>
/// 合法性灯 (issue 17 · 4, Shanghai plan §三(三)): a district records a violation of one of its operators with a 责令整改
/// order and a deadline of N working days on the platform calendar, which starts a <c>creditrisk.rectification</c>
/// instance (整改中, 黄灯); the workflow's timer turns it 逾期未整改 (红灯) the day after the deadline and puts the operator
/// on the 重点抽查目录; the district's 确认已整改 turns it 已整改 (绿灯). Every read is inside the tenant filter: a district
/// sees and changes its own operators' violations only.
/// </summary>
internal sealed class Legality(
    PlatformDbContext db,
    ISupervisedOperators operators,
    IWorkingDayCalendar calendar,
    IWorkflowRuntime workflows,
    IWorkflowStepRunner steps,
    IIntegrationEventPublisher events,
    ICurrentTenant tenant,
    IClock clock)
{
    public const string RectifyTrigger = "rectify";
    public const string NotFoundMessage = Workflow.LegalityMessages.NotFound;

    public async Task<List<Violation>> ListAsync(ViolationStatus? status, CancellationToken cancellationToken)
    {
        var query = db.Set<Violation>().AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(v => v.Status == wanted);
        }

        return await query.OrderByDescending(v => v.RecordedAtUtc).ThenBy(v => v.Id).Take(500).ToListAsync(cancellationToken);
    }

    public Task<Violation?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Violation>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);

    /// <summary>录入违法违规: the operator must be the current district's; the deadline is counted on the platform calendar from today.</summary>
    public async Task<LegalityOutcome> RecordAsync(string? uscc, string? description, string? orderNumber, int? workingDays, Guid recordedBy, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        uscc = uscc?.Trim().ToUpperInvariant();
        description = description?.Trim();
        orderNumber = orderNumber?.Trim();
        if (string.IsNullOrEmpty(description) || description.Length > Violation.DescriptionMaxLength)
        {
            errors["Description"] = $"请填写违法违规情形（最多 {Violation.DescriptionMaxLength} 字）。";
        }

        if (string.IsNullOrEmpty(orderNumber) || orderNumber.Length > Violation.OrderNumberMaxLength)
        {
            errors["OrderNumber"] = $"请填写责令整改通知书文号（最多 {Violation.OrderNumberMaxLength} 字）。";
        }

        if (workingDays is not { } days || days < 1 || days > Violation.MaxWorkingDays)
        {
            errors["WorkingDays"] = $"整改期限须为 1 至 {Violation.MaxWorkingDays} 个工作日。";
        }

        // Another district's operator reads as unknown: its existence is not this district's to learn.
        var op = string.IsNullOrEmpty(uscc) || tenant.Id is not { } district ? null
            : (await operators.FindByUsccAsync([uscc], cancellationToken)).FirstOrDefault(o => o.TenantId == district);
        if (op is null)
        {
            errors["Uscc"] = "未知的统一社会信用代码：本区没有该经营者。";
        }

        if (errors.Count > 0)
        {
            return new LegalityOutcome(false, "请更正标出的内容。", errors);
        }

        var today = clock.TodayInShanghai;
        var deadline = await calendar.AddWorkingDaysAsync(today, workingDays!.Value, cancellationToken);
        var violation = new Violation(Guid.NewGuid(), tenant.Id!.Value, op!.OperatorUserId, op.Uscc, op.OperatorName, description!, orderNumber!, today,
            workingDays.Value, deadline, recordedBy, clock.UtcNow.UtcDateTime);
        db.Add(violation);
        // The instance's entry action reads the violation's deadline from the context: both are saved by the start.
        var started = await workflows.StartAsync(Violation.WorkflowKey, Violation.SubjectType, violation.Id.ToString(), cancellationToken);
        if (!started.Succeeded)
        {
            db.ChangeTracker.Clear();
            return LegalityOutcome.Refuse(started.Error ?? "录入失败，请稍后重试。");
        }

        violation.Follow(started.Instance!.Id);
        events.Publish(new LegalityLightChanged(violation.OperatorUserId, violation.TenantId, "责令整改"), violation.TenantId);
        await db.SaveChangesAsync(cancellationToken);
        return LegalityOutcome.Done($"已录入，整改期限至 {deadline:yyyy年M月d日}。");
    }

    /// <summary>确认已整改 with the 整改情况, once per form: the step the workflow offers now (from 整改中 or 逾期未整改).</summary>
    public Task<LegalityOutcome> RectifyAsync(Guid id, string? note, int expectedVersion, string idempotencyKey, CancellationToken cancellationToken)
    {
        var values = string.IsNullOrWhiteSpace(note) ? null : new Dictionary<string, string> { ["note"] = note };
        return steps.RunAsync(new WorkflowStepRequest("creditrisk-rectify:" + idempotencyKey, values, expectedVersion), async step =>
        {
            var violation = await db.Set<Violation>().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
            if (violation?.WorkflowInstanceId is not { } instanceId)
            {
                return LegalityOutcome.Refuse(NotFoundMessage);
            }

            if (!string.IsNullOrWhiteSpace(note))
            {
                var trimmed = note.Trim();
                violation.NoteRectification(trimmed.Length > Violation.NoteMaxLength ? trimmed[..Violation.NoteMaxLength] : trimmed);
            }

            var fired = await step.FireAsync(instanceId, RectifyTrigger, cancellationToken);
            if (!fired.Succeeded)
            {
                return new LegalityOutcome(false, fired.Error, fired.FieldErrors);
            }

            return LegalityOutcome.Done(fired.Outcome == WorkflowFireOutcome.AlreadyFired ? "该操作已完成，无需重复提交。" : $"已确认 {violation.OperatorName} 整改完成。");
        }, o => o.Succeeded, cancellationToken);
    }

    /// <summary>These operators' lights from their open orders, inside the tenant filter.</summary>
    public async Task<Dictionary<Guid, LegalityLight>> LightsAsync(IReadOnlyCollection<Guid> operatorUserIds, CancellationToken cancellationToken)
    {
        var open = await db.Set<Violation>().AsNoTracking()
            .Where(v => operatorUserIds.Contains(v.OperatorUserId) && v.Status != ViolationStatus.Rectified)
            .Select(v => new { v.OperatorUserId, v.Status }).ToListAsync(cancellationToken);
        return open.GroupBy(v => v.OperatorUserId).ToDictionary(g => g.Key, g => g.Max(v => LegalityLights.Of(v.Status)));
    }
}

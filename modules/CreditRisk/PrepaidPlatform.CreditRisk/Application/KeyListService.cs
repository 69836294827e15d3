using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>The district's 重点抽查目录, inside the tenant filter.</summary>
internal sealed class KeyListService(PlatformDbContext db, ISupervisedOperators operators, ICurrentTenant tenant, IClock clock)
{
    public Task<List<KeyListEntry>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<KeyListEntry>().AsNoTracking().OrderByDescending(e => e.AddedAtUtc).ThenBy(e => e.Uscc).ToListAsync(cancellationToken);

    /// <summary>列入 by the district: an operator of its own, with a reason; one already listed stays as it is.</summary>
    public async Task<InspectionOutcome> AddAsync(string? uscc, string? reason, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        uscc = uscc?.Trim().ToUpperInvariant();
        reason = reason?.Trim();
        var op = string.IsNullOrEmpty(uscc) || tenant.Id is not { } district ? null
            : (await operators.FindByUsccAsync([uscc], cancellationToken)).FirstOrDefault(o => o.TenantId == district);
        if (op is null)
        {
            errors["Uscc"] = "未知的统一社会信用代码：本区没有该经营者。";
        }

        if (string.IsNullOrEmpty(reason) || reason.Length > KeyListEntry.ReasonMaxLength)
        {
            errors["Reason"] = $"请填写列入原因（最多 {KeyListEntry.ReasonMaxLength} 字）。";
        }

        if (errors.Count > 0)
        {
            return new InspectionOutcome(false, "请更正标出的内容。", errors);
        }

        if (await db.Set<KeyListEntry>().AnyAsync(e => e.OperatorUserId == op!.OperatorUserId, cancellationToken))
        {
            return InspectionOutcome.Done($"{op!.OperatorName} 已在重点抽查目录中。");
        }

        db.Add(new KeyListEntry(Guid.NewGuid(), tenant.Id!.Value, op!.OperatorUserId, op.Uscc, op.OperatorName, reason!, null, clock.UtcNow.UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return InspectionOutcome.Done($"已将 {op.OperatorName} 列入重点抽查目录。");
    }
}

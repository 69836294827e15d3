using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Custody.Application;

/// <summary><see cref="ISeriousDishonestFlags"/>: the flag with its reason, who and when (the audit log keeps every change).</summary>
internal sealed class SeriousDishonestFlags(PlatformDbContext db, CustodyCompliance compliance, ICurrentUser user, IClock clock) : ISeriousDishonestFlags
{
    public async Task<bool> SetAsync(Guid operatorUserId, bool listed, string reason, CancellationToken cancellationToken = default)
    {
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > ISeriousDishonestFlags.ReasonMaxLength)
        {
            throw new ArgumentException($"列入或移出严重失信主体须填写原因（最多 {ISeriousDishonestFlags.ReasonMaxLength} 字）。", nameof(reason));
        }

        var op = await db.Set<CustodyOperator>().FirstOrDefaultAsync(o => o.OperatorUserId == operatorUserId, cancellationToken);
        if (op is null)
        {
            return false;
        }

        op.SetSeriousDishonest(listed, trimmed, user.Id, clock.UtcNow.UtcDateTime);
        // The requirement reads the flag from the tracked row: the episode opens (or ends) in the same save as the flag.
        await compliance.ReevaluateAsync([op.Id], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<SeriousDishonestStatus?> FindAsync(Guid operatorUserId, CancellationToken cancellationToken = default) =>
        await db.Set<CustodyOperator>().AsNoTracking().Where(o => o.OperatorUserId == operatorUserId)
            .Select(o => new SeriousDishonestStatus(o.SeriousDishonest, o.SeriousDishonestReason, o.SeriousDishonestSetBy, o.SeriousDishonestSetAtUtc))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<DateOnly?> ListedSinceAsync(Guid operatorUserId, CancellationToken cancellationToken = default)
    {
        var setAt = await db.Set<CustodyOperator>().AsNoTracking().Where(o => o.OperatorUserId == operatorUserId && o.SeriousDishonest && o.SeriousDishonestSetAtUtc != null)
            .Select(o => new { o.SeriousDishonestSetAtUtc }).FirstOrDefaultAsync(cancellationToken);
        return setAt is null ? null : BeijingDay(setAt.SeriousDishonestSetAtUtc);
    }

    public async Task<IReadOnlyList<ListedDishonestOperator>> ListedAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        var page = await db.Set<CustodyOperator>().AsNoTracking().Where(o => o.SeriousDishonest && o.SeriousDishonestSetAtUtc != null).OrderBy(o => o.Id).Skip(skip).Take(take)
            .Select(o => new { o.OperatorUserId, o.TenantId, o.OperatorName, o.SeriousDishonestSetAtUtc }).ToListAsync(cancellationToken);
        return page.Select(o => new ListedDishonestOperator(o.OperatorUserId, o.TenantId!.Value, o.OperatorName, BeijingDay(o.SeriousDishonestSetAtUtc))).ToList();
    }

    // Every listing records when it was set (SetSeriousDishonest); the queries keep only such rows.
    private static DateOnly BeijingDay(DateTime? utc) => DateOnly.FromDateTime(utc!.Value + TimeSpan.FromHours(8));
}

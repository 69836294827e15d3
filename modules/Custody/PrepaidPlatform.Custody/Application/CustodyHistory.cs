using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Custody.Application;

/// <summary><see cref="ICustodyHistory"/>: each operator's latest statement by the day, in one query, inside the caller's tenant filter.</summary>
internal sealed class CustodyHistory(PlatformDbContext db) : ICustodyHistory
{
    public async Task<IReadOnlyDictionary<Guid, long>> CustodyOnAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        // The end of the Beijing day (UTC+8, no daylight saving) in the UTC the statements are stored in.
        var before = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
        var after = before.AddDays(-ICustodyHistory.StatementWindowDays - 1);
        var statements = db.Set<CustodyStatement>().AsNoTracking().Where(s => s.AsOfUtc < before && s.AsOfUtc >= after);
        var latest = statements.GroupBy(s => s.OperatorId).Select(g => new { OperatorId = g.Key, AsOfUtc = g.Max(s => s.AsOfUtc) });
        var rows = await (
            from s in statements
            join l in latest on new { s.OperatorId, s.AsOfUtc } equals new { l.OperatorId, l.AsOfUtc }
            join o in db.Set<CustodyOperator>().AsNoTracking() on s.OperatorId equals o.Id
            select new { o.OperatorUserId, s.CustodyFen })
            .ToListAsync(cancellationToken);
        // Two statements read at the same instant (a resent batch under a new reference) count once: the larger.
        return rows.GroupBy(r => r.OperatorUserId).ToDictionary(g => g.Key, g => g.Max(r => r.CustodyFen));
    }
}

using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>An operator's 信用档案 as staff see it: its records, current code with reasons, and the code's history.</summary>
internal sealed record ArchiveView(
    Guid OperatorUserId, string Uscc, string OperatorName, IReadOnlyList<CreditRecord> Records, OperatorRiskCode? Code,
    IReadOnlyList<RiskReason> Reasons, IReadOnlyList<RiskCodeChange> History);

/// <summary>Reads 信用档案 through the tenant filter: a district sees its own operators only.</summary>
internal sealed class CreditArchive(PlatformDbContext db)
{
    public async Task<List<OperatorRiskCode>> CodesAsync(string? search, CancellationToken cancellationToken)
    {
        var query = db.Set<OperatorRiskCode>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var uscc = search.Trim().ToUpperInvariant();
            query = query.Where(c => c.Uscc == uscc);
        }

        return await query.OrderByDescending(c => c.Colour).ThenBy(c => c.Uscc).Take(200).ToListAsync(cancellationToken);
    }

    public async Task<ArchiveView?> FindAsync(Guid operatorUserId, CancellationToken cancellationToken)
    {
        var records = await db.Set<CreditRecord>().AsNoTracking().Where(r => r.OperatorUserId == operatorUserId)
            .OrderBy(r => r.Class).ThenByDescending(r => r.OccurredOn).ToListAsync(cancellationToken);
        var code = await db.Set<OperatorRiskCode>().AsNoTracking().FirstOrDefaultAsync(c => c.OperatorUserId == operatorUserId, cancellationToken);
        if (records.Count == 0 && code is null)
        {
            return null;
        }

        var history = await db.Set<RiskCodeChange>().AsNoTracking().Where(h => h.OperatorUserId == operatorUserId)
            .OrderByDescending(h => h.ChangedAtUtc).Take(100).ToListAsync(cancellationToken);
        return new ArchiveView(operatorUserId, code?.Uscc ?? records[0].Uscc, records.FirstOrDefault()?.OperatorName ?? code!.Uscc, records, code,
            code is null ? [] : RiskCodes.Reasons(code.ReasonsJson), history);
    }

    public async Task<CreditRecord?> RecordAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<CreditRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
}

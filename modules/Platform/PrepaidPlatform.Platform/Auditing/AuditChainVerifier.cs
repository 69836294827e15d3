using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Platform.Auditing;

/// <summary>One day's verdict: intact, or the first row where the chain breaks and why (in Chinese, for the page and the command).</summary>
public sealed record AuditChainReport(DateOnly Day, long Rows, bool Intact, long? BrokenRowId, long? BrokenSequence, string? Problem)
{
    public string Describe() => Intact
        ? $"{Day:yyyy-MM-dd}：审计链完整，共 {Rows} 条。"
        : $"{Day:yyyy-MM-dd}：审计链断裂，第一处在记录 {(BrokenRowId is { } id ? "#" + id : "（无）")}（当日序号 {BrokenSequence}）：{Problem}";
}

/// <summary>Recomputes a day's chain row by row (streamed in sequence order) and compares it with the stored hashes and the head.</summary>
internal sealed class AuditChainVerifier(PlatformDbContext db)
{
    /// <summary>Every day that has rows or a head between <paramref name="from"/> and <paramref name="to"/> (both included; null = open).</summary>
    public async Task<IReadOnlyList<AuditChainReport>> VerifyAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var rowDays = db.Set<EntityChangeRecord>().IgnoreQueryFilters().Select(r => r.ChainDay);
        var headDays = db.Set<AuditChainHead>().Select(h => h.Day);
        var days = (await rowDays.Distinct().ToListAsync(cancellationToken)).Union(await headDays.ToListAsync(cancellationToken))
            .Where(d => (from is null || d >= from) && (to is null || d <= to))
            .Order()
            .ToList();
        var reports = new List<AuditChainReport>();
        foreach (var day in days)
        {
            reports.Add(await VerifyDayAsync(day, cancellationToken));
        }

        return reports;
    }

    public async Task<AuditChainReport> VerifyDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleOrDefaultAsync(h => h.Day == day, cancellationToken);
        var hash = AuditChain.GenesisOf(day);
        long sequence = 0;
        var rows = db.Set<EntityChangeRecord>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.ChainDay == day).OrderBy(r => r.ChainSequence).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (row.ChainSequence != sequence + 1)
            {
                return Broken(day, sequence, row, $"当日序号 {sequence + 1} 至 {row.ChainSequence - 1} 的记录缺失（被删除）。");
            }

            var expected = AuditChain.HashOf(hash, row);
            if (!string.Equals(expected, row.Hash, StringComparison.Ordinal))
            {
                return Broken(day, sequence, row, "记录内容与其哈希不符（记录或其前一条被修改）。");
            }

            sequence = row.ChainSequence;
            hash = row.Hash;
        }

        if (head is null)
        {
            return sequence == 0
                ? new AuditChainReport(day, 0, true, null, null, null)
                : new AuditChainReport(day, sequence, false, null, null, "当日审计链的链头记录缺失（被删除）。");
        }

        if (head.LastSequence != sequence || !string.Equals(head.LastHash, hash, StringComparison.Ordinal))
        {
            return new AuditChainReport(day, sequence, false, null, sequence + 1,
                $"链头记录为 {head.LastSequence} 条，实际只连到第 {sequence} 条：其后的记录缺失（被删除）或链头被修改。");
        }

        return new AuditChainReport(day, sequence, true, null, null, null);
    }

    private static AuditChainReport Broken(DateOnly day, long verified, EntityChangeRecord row, string problem) =>
        new(day, verified, false, row.Id, row.ChainSequence, problem);
}

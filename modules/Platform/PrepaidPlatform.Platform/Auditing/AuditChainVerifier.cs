using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Platform.Auditing;

/// <summary>
/// One day's verdict: intact, or the first row (or lane) where the chain breaks and why (in Chinese, for the page and the
/// command). <see cref="Rows"/> counts the rows verified before the break, over all lanes.
/// </summary>
public sealed record AuditChainReport(DateOnly Day, long Rows, bool Intact, long? BrokenRowId, long? BrokenSequence, string? Problem, int? BrokenLane = null)
{
    public string Describe() => Intact
        ? $"{Day:yyyy-MM-dd}：审计链完整，共 {Rows} 条。"
        : $"{Day:yyyy-MM-dd}：审计链断裂，第一处在{(BrokenLane is { } lane ? $"第 {lane} 链" : "")}记录 {(BrokenRowId is { } id ? "#" + id : "（无）")}（序号 {BrokenSequence}）：{Problem}";
}

/// <summary>
/// Recomputes each lane of a day's chain row by row (streamed in lane and sequence order) and compares it with the stored
/// hashes and the lane's head. A day with any row or head must have the head of every one of its <see cref="AuditChain.Lanes"/>
/// lanes (they are made together before its first row): a lane deleted whole, rows and head, is found as well.
/// </summary>
internal sealed class AuditChainVerifier(PlatformDbContext db)
{
    /// <summary>Every day that has rows or a head between <paramref name="from"/> and <paramref name="to"/> (both included; null = open).</summary>
    public async Task<IReadOnlyList<AuditChainReport>> VerifyAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var rowDays = db.Set<EntityChangeRecord>().IgnoreQueryFilters().Select(r => r.ChainDay);
        var headDays = db.Set<AuditChainHead>().Select(h => h.Day);
        var days = (await rowDays.Distinct().ToListAsync(cancellationToken)).Union(await headDays.Distinct().ToListAsync(cancellationToken))
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
        var heads = await db.Set<AuditChainHead>().AsNoTracking().Where(h => h.Day == day).ToDictionaryAsync(h => h.Lane, cancellationToken);
        if (heads.Keys.Where(l => l is < 0 or >= AuditChain.Lanes).Order().Select(l => (int?)l).FirstOrDefault() is { } stray)
        {
            return new AuditChainReport(day, 0, false, null, null, $"存在不属于任何链的链头记录（第 {stray} 链）。", stray);
        }

        long verified = 0;
        var lane = 0;
        var hash = AuditChain.GenesisOf(day, lane);
        long sequence = 0;
        var rows = db.Set<EntityChangeRecord>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.ChainDay == day).OrderBy(r => r.ChainLane).ThenBy(r => r.ChainSequence).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (row.ChainLane is < 0 or >= AuditChain.Lanes)
            {
                return Broken(day, verified, row, "记录不属于任何链（链号被修改）。");
            }

            // Lanes the rows skipped, and the lane left behind, end here: each must match its head.
            while (lane < row.ChainLane)
            {
                if (EndOfLane(day, verified, lane, sequence, hash, heads) is { } broken)
                {
                    return broken;
                }

                lane++;
                hash = AuditChain.GenesisOf(day, lane);
                sequence = 0;
            }

            if (row.ChainSequence != sequence + 1)
            {
                return Broken(day, verified, row, $"第 {lane} 链序号 {sequence + 1} 至 {row.ChainSequence - 1} 的记录缺失（被删除）。");
            }

            var expected = AuditChain.HashOf(hash, row);
            if (!string.Equals(expected, row.Hash, StringComparison.Ordinal))
            {
                return Broken(day, verified, row, "记录内容与其哈希不符（记录或其前一条被修改）。");
            }

            sequence = row.ChainSequence;
            hash = row.Hash;
            verified++;
        }

        // The last lane with rows, then the lanes after it (no rows: their heads must still be at the start).
        while (true)
        {
            if (EndOfLane(day, verified, lane, sequence, hash, heads) is { } broken)
            {
                return broken;
            }

            if (++lane == AuditChain.Lanes)
            {
                break;
            }

            hash = AuditChain.GenesisOf(day, lane);
            sequence = 0;
        }

        return new AuditChainReport(day, verified, true, null, null, null);
    }

    /// <summary>A lane's rows end at <paramref name="sequence"/>: its head must say so (a missing head is a lane deleted, wholly or with its head).</summary>
    private static AuditChainReport? EndOfLane(DateOnly day, long verified, int lane, long sequence, string hash, Dictionary<int, AuditChainHead> heads)
    {
        if (!heads.TryGetValue(lane, out var head))
        {
            return new AuditChainReport(day, verified, false, null, sequence + 1,
                sequence == 0 ? $"第 {lane} 链的链头记录缺失：该链被整体删除，或链头被删除。" : $"第 {lane} 链的链头记录缺失（被删除）。", lane);
        }

        if (head.LastSequence != sequence || !string.Equals(head.LastHash, hash, StringComparison.Ordinal))
        {
            return new AuditChainReport(day, verified, false, null, sequence + 1,
                $"第 {lane} 链的链头记录为 {head.LastSequence} 条，实际只连到第 {sequence} 条：其后的记录缺失（被删除）或链头被修改。", lane);
        }

        return null;
    }

    private static AuditChainReport Broken(DateOnly day, long verified, EntityChangeRecord row, string problem) =>
        new(day, verified, false, row.Id, row.ChainSequence, problem, row.ChainLane);
}

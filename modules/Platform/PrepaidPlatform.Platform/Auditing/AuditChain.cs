using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Auditing;

/// <summary>
/// The tamper-evident link of the entity-change audit (ADR 0014): every row carries the SHA-256 of the previous row's hash
/// and its own fields, one chain per Beijing day. Appending locks the day's <see cref="AuditChainHead"/> row inside the
/// writing transaction (one round trip per save, whatever the number of rows) and moves it forward with the rows, so
/// concurrent writers queue on the head instead of forking the chain.
/// </summary>
internal static class AuditChain
{
    /// <summary>The hash a day's first row links to: fixed per day, so a chain can be checked without the previous day.</summary>
    public static string GenesisOf(DateOnly day) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("PrepaidPlatform audit chain " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));

    public static DateOnly DayOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), PlatformClock.Shanghai));

    /// <summary>Both providers keep microseconds; a time is cut to them before it is hashed and stored, so the hash survives the round trip.</summary>
    public static DateTime ToMicroseconds(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    /// <summary>SHA-256 over a JSON array of the previous hash and every stored field but the row's own id and hash.</summary>
    public static string HashOf(string previousHash, EntityChangeRecord row)
    {
        string?[] fields =
        [
            previousHash,
            row.ChainDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            row.ChainSequence.ToString(CultureInfo.InvariantCulture),
            (ToMicroseconds(row.ChangeTimeUtc).Ticks / 10).ToString(CultureInfo.InvariantCulture),
            row.UserId?.ToString("D"),
            row.UserName,
            row.TenantId?.ToString("D"),
            row.EntityType,
            row.EntityId,
            row.ChangeKind,
            row.PropertyChanges,
            row.CorrelationId,
        ];
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(fields)));
    }

    /// <summary>
    /// Links <paramref name="rows"/> (not yet saved) onto their days' chains and stages the heads' new ends in
    /// <paramref name="context"/>; the caller saves both in the transaction that is open now.
    /// </summary>
    public static async Task LinkAsync(PlatformDbContext context, IReadOnlyList<EntityChangeRecord> rows, CancellationToken cancellationToken)
    {
        foreach (var day in rows.GroupBy(r => r.ChainDay))
        {
            var heads = context.Set<AuditChainHead>();
            var held = HeldHead(context, day.Key);
            var (sequence, hash, _) = held is not null ? (held.LastSequence, held.LastHash, null) : await LockHeadAsync(context, day.Key, null, cancellationToken);
            foreach (var row in day)
            {
                row.ChainSequence = ++sequence;
                row.Hash = hash = HashOf(hash, row);
            }

            var head = held ?? heads.Local.FirstOrDefault(h => h.Day == day.Key);
            if (head is null)
            {
                head = new AuditChainHead { Day = day.Key, LastSequence = sequence, LastHash = hash };
                heads.Attach(head);
            }

            head.LastSequence = sequence;
            head.LastHash = hash;
            var entry = context.Entry(head);
            entry.Property(h => h.LastSequence).IsModified = true;
            entry.Property(h => h.LastHash).IsModified = true;
        }
    }

    /// <summary>
    /// Locks the audit chain's head of the day a save made now would write to, inside the open transaction, and keeps what
    /// it read on the context: the next saves of this transaction link their rows to it without reading it again. For work
    /// that takes another city-wide lock before its save (the 备案编号 counter): taking the head first, and that lock only
    /// after it, keeps the other lock from being held while its transaction queues on the head.
    /// </summary>
    /// <param name="rider">MariaDB: the caller's statements, run in the lock's own command once the head is locked (see <see cref="AuditChainRider"/>).</param>
    /// <returns>The rider's value; <c>null</c> without one.</returns>
    public static async Task<long?> LockTodayAsync(PlatformDbContext context, AuditChainRider? rider, CancellationToken cancellationToken)
    {
        var day = DayOf(ToMicroseconds(context.Dependencies.Clock.UtcNow.UtcDateTime));
        if (HeldHead(context, day) is not null && rider is null)
        {
            return null;
        }

        var (sequence, hash, value) = await LockHeadAsync(context, day, rider, cancellationToken);
        var heads = context.Set<AuditChainHead>();
        var head = heads.Local.FirstOrDefault(h => h.Day == day);
        if (head is null)
        {
            head = new AuditChainHead { Day = day, LastSequence = sequence, LastHash = hash };
            heads.Attach(head);
        }
        else
        {
            // A head tracked from an earlier transaction of this context: what the lock read is the chain's end now.
            head.LastSequence = sequence;
            head.LastHash = hash;
            context.Entry(head).State = EntityState.Unchanged;
        }

        Held.GetOrCreateValue(context.Database.CurrentTransaction!).Add(day);
        return value;
    }

    /// <summary>
    /// The day's head as locked in the open transaction and tracked since: unchanged after each save of the transaction, it
    /// holds the chain's end as this transaction wrote it. <c>null</c> when this transaction has not locked the day's head,
    /// or the tracked head was taken out (a failed save unstages it, a refused step clears the tracker): then it is read
    /// again under lock.
    /// </summary>
    private static AuditChainHead? HeldHead(PlatformDbContext context, DateOnly day)
    {
        if (context.Database.CurrentTransaction is not { } transaction || !Held.TryGetValue(transaction, out var days) || !days.Contains(day))
        {
            return null;
        }

        var head = context.Set<AuditChainHead>().Local.FirstOrDefault(h => h.Day == day);
        return head is not null && context.Entry(head).State == EntityState.Unchanged ? head : null;
    }

    /// <summary>The days whose head each open transaction holds locked (the transaction's lifetime is the entry's).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction, HashSet<DateOnly>> Held = new();

    /// <summary>
    /// Takes staged rows and heads' moves back out of <paramref name="context"/> after the save that carried them failed: the
    /// heads are read again under lock by the next save, and rows linked to a chain end that was never written must not be.
    /// </summary>
    public static void Unstage(PlatformDbContext context, IReadOnlyList<EntityChangeRecord> rows)
    {
        foreach (var row in rows)
        {
            context.Entry(row).State = EntityState.Detached;
        }

        foreach (var head in context.ChangeTracker.Entries<AuditChainHead>().ToList())
        {
            head.State = EntityState.Detached;
        }
    }

    /// <summary>
    /// Creates the day's head if missing and reads it under an exclusive lock: one command per save (two statements on
    /// MariaDB, one on SQLite), whatever the number of rows. On MariaDB the upsert takes the row's X lock and <c>FOR UPDATE</c> reads the latest committed end (not the
    /// transaction's snapshot); SQLite has one writer at a time and this transaction already holds the write lock.
    /// </summary>
    private static async Task<(long Sequence, string Hash, long? Rider)> LockHeadAsync(PlatformDbContext context, DateOnly day, AuditChainRider? rider,
        CancellationToken cancellationToken)
    {
        if (context.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The audit chain is extended only inside the transaction that writes the rows.");
        }

        var genesis = GenesisOf(day);
        if (rider is not null)
        {
            if (context.Database.IsSqlite())
            {
                throw new NotSupportedException("A rider on the audit chain's lock is for MariaDB; SQLite has one writer at a time.");
            }

            // The caller's placeholders follow the head's three parameters.
            var riderSql = string.Format(System.Globalization.CultureInfo.InvariantCulture, rider.Statements + "\u0001" + rider.Value,
                Enumerable.Range(3, rider.Parameters.Count).Select(i => (object)("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}")).ToArray()).Split('\u0001');
            var rows = await context.Database.SqlQueryRaw<HeadWithRiderRow>(
                    "INSERT INTO `Audit_ChainHeads` (`Day`, `LastSequence`, `LastHash`) VALUES ({0}, 0, {1}) ON DUPLICATE KEY UPDATE `LastSequence` = `LastSequence`; "
                    + riderSql[0] + "; SELECT `LastSequence`, `LastHash`, " + riderSql[1] + " AS `Rider` FROM `Audit_ChainHeads` WHERE `Day` = {2} FOR UPDATE",
                    [day, genesis, day, .. rider.Parameters])
                .ToListAsync(cancellationToken);
            var locked = rows.SingleOrDefault() ?? throw new InvalidOperationException($"The audit chain head of {day:yyyy-MM-dd} could not be read.");
            return (locked.LastSequence, locked.LastHash, locked.Rider);
        }

        List<HeadRow> heads;
        if (context.Database.IsSqlite())
        {
            // One statement: the no-op update makes RETURNING give the existing head as well as a new one.
            heads = await context.Database.SqlQuery<HeadRow>(
                $"INSERT INTO \"Audit_ChainHeads\" (\"Day\", \"LastSequence\", \"LastHash\") VALUES ({day}, 0, {genesis}) ON CONFLICT (\"Day\") DO UPDATE SET \"LastSequence\" = \"LastSequence\" RETURNING \"LastSequence\", \"LastHash\"")
                .ToListAsync(cancellationToken);
        }
        else
        {
            // Both statements in one command: one round trip while every writer of the city queues on this row.
            heads = await context.Database.SqlQuery<HeadRow>(
                $"INSERT INTO `Audit_ChainHeads` (`Day`, `LastSequence`, `LastHash`) VALUES ({day}, 0, {genesis}) ON DUPLICATE KEY UPDATE `LastSequence` = `LastSequence`; SELECT `LastSequence`, `LastHash` FROM `Audit_ChainHeads` WHERE `Day` = {day} FOR UPDATE")
                .ToListAsync(cancellationToken);
        }

        var head = heads.SingleOrDefault() ?? throw new InvalidOperationException($"The audit chain head of {day:yyyy-MM-dd} could not be read.");
        return (head.LastSequence, head.LastHash, null);
    }

    private class HeadRow
    {
        public long LastSequence { get; set; }

        public string LastHash { get; set; } = string.Empty;
    }

    private sealed class HeadWithRiderRow : HeadRow
    {
        public long? Rider { get; set; }
    }
}

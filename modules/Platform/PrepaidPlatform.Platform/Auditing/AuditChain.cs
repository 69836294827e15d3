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
            var (sequence, hash) = await LockHeadAsync(context, day.Key, cancellationToken);
            foreach (var row in day)
            {
                row.ChainSequence = ++sequence;
                row.Hash = hash = HashOf(hash, row);
            }

            var heads = context.Set<AuditChainHead>();
            var head = heads.Local.FirstOrDefault(h => h.Day == day.Key);
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
    private static async Task<(long Sequence, string Hash)> LockHeadAsync(PlatformDbContext context, DateOnly day, CancellationToken cancellationToken)
    {
        if (context.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The audit chain is extended only inside the transaction that writes the rows.");
        }

        var genesis = GenesisOf(day);
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
        return (head.LastSequence, head.LastHash);
    }

    private sealed class HeadRow
    {
        public long LastSequence { get; set; }

        public string LastHash { get; set; } = string.Empty;
    }
}

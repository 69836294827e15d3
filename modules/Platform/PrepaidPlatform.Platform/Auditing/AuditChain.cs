using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Auditing;

/// <summary>
/// The tamper-evident link of the entity-change audit (ADR 0014): every row carries the SHA-256 of the previous row's hash
/// and its own fields. Each Beijing day has <see cref="Lanes"/> chains (lanes), each with its <see cref="AuditChainHead"/>;
/// a saving transaction takes one lane of the day (round robin on this host) and keeps it to its end. Appending locks that
/// lane's head inside the writing transaction (one round trip per save, whatever the number of rows) and moves it forward
/// with the rows, so writers of one lane queue on its head instead of forking it, and writers of different lanes — the
/// district reviewers of the city at once — do not wait for each other (issue 14: one head for the city serialised every
/// audited transaction from its save to its commit). The day's heads are created all together before its first row, so
/// the verifier knows every lane a day must have.
/// </summary>
internal static class AuditChain
{
    /// <summary>Chains per day. A constant, not a setting: the verifier requires exactly these lanes of every day it finds.</summary>
    public const int Lanes = 16;

    /// <summary>The hash a lane's first row of a day links to: fixed per day and lane, so a lane can be checked without the previous day.</summary>
    public static string GenesisOf(DateOnly day, int lane) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            "PrepaidPlatform audit chain " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " lane " + lane.ToString(CultureInfo.InvariantCulture))));

    public static DateOnly DayOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), PlatformClock.Shanghai));

    /// <summary>Both providers keep microseconds; a time is cut to them before it is hashed and stored, so the hash survives the round trip.</summary>
    public static DateTime ToMicroseconds(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    /// <summary>SHA-256 over a JSON array of the previous hash and every stored field but the row's own id and hash (the lane included: a row cannot be moved to another lane).</summary>
    public static string HashOf(string previousHash, EntityChangeRecord row)
    {
        string?[] fields =
        [
            previousHash,
            row.ChainDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            row.ChainLane.ToString(CultureInfo.InvariantCulture),
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
    /// Links <paramref name="rows"/> (not yet saved) onto the lane this transaction holds (or takes now) of their days and
    /// stages the heads' new ends in <paramref name="context"/>; the caller saves both in the transaction that is open now.
    /// </summary>
    public static async Task LinkAsync(PlatformDbContext context, IReadOnlyList<EntityChangeRecord> rows, CancellationToken cancellationToken)
    {
        foreach (var day in rows.GroupBy(r => r.ChainDay))
        {
            var heads = context.Set<AuditChainHead>();
            var held = HeldHead(context, day.Key);
            var (lane, sequence, hash, _) = held is not null ? (held.Lane, held.LastSequence, held.LastHash, null) : await LockHeadAsync(context, day.Key, null, cancellationToken);
            foreach (var row in day)
            {
                row.ChainLane = lane;
                row.ChainSequence = ++sequence;
                row.Hash = hash = HashOf(hash, row);
            }

            var head = held ?? heads.Local.FirstOrDefault(h => h.Day == day.Key && h.Lane == lane);
            if (head is null)
            {
                head = new AuditChainHead { Day = day.Key, Lane = lane, LastSequence = sequence, LastHash = hash };
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
    /// Locks the head of the lane of today (the day a save made now would write to) that this transaction holds or takes
    /// now, inside the open transaction, and keeps what it read on the context: the next saves of this transaction link
    /// their rows to it without reading it again. For work that takes another city-wide lock before its save (the 备案编号
    /// counter): taking the lane first, and that lock only after it, keeps the other lock from being held while its
    /// transaction queues on a head.
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

        var (lane, sequence, hash, value) = await LockHeadAsync(context, day, rider, cancellationToken);
        var heads = context.Set<AuditChainHead>();
        var head = heads.Local.FirstOrDefault(h => h.Day == day && h.Lane == lane);
        if (head is null)
        {
            head = new AuditChainHead { Day = day, Lane = lane, LastSequence = sequence, LastHash = hash };
            heads.Attach(head);
        }
        else
        {
            // A head tracked from an earlier transaction of this context: what the lock read is the chain's end now.
            head.LastSequence = sequence;
            head.LastHash = hash;
            context.Entry(head).State = EntityState.Unchanged;
        }

        return value;
    }

    /// <summary>
    /// The day's head of the lane this transaction locked, as tracked since: unchanged after each save of the transaction,
    /// it holds the lane's end as this transaction wrote it. <c>null</c> when this transaction has not locked a lane of the
    /// day, or the tracked head was taken out (a failed save unstages it, a refused step clears the tracker): then the same
    /// lane is read again under lock (the transaction still holds it).
    /// </summary>
    private static AuditChainHead? HeldHead(PlatformDbContext context, DateOnly day)
    {
        if (context.Database.CurrentTransaction is not { } transaction || !Held.TryGetValue(transaction, out var lanes) || !lanes.TryGetValue(day, out var lane))
        {
            return null;
        }

        var head = context.Set<AuditChainHead>().Local.FirstOrDefault(h => h.Day == day && h.Lane == lane);
        return head is not null && context.Entry(head).State == EntityState.Unchanged ? head : null;
    }

    /// <summary>
    /// The lane of each day each open transaction holds locked (the transaction's lifetime is the entry's): one lane per day
    /// and transaction, so two transactions never each hold a lane the other waits for.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction, Dictionary<DateOnly, int>> Held = new();

    /// <summary>
    /// Takes staged rows and heads' moves back out of <paramref name="context"/> after the save that carried them failed: the
    /// head is read again under lock by the next save, and rows linked to a chain end that was never written must not be.
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
    /// Reads the head of this transaction's lane of <paramref name="day"/> under an exclusive lock, taking a lane first when
    /// the transaction has none of the day yet: one command per save (two statements on MariaDB, one on SQLite), whatever
    /// the number of rows. On MariaDB the upsert takes the row's X lock and <c>FOR UPDATE</c> reads the latest committed end
    /// (not the transaction's snapshot); the day's heads are made beforehand on a connection of their own
    /// (<see cref="AuditChainLanes.EnsureDayAsync"/>). SQLite has one writer at a time and this transaction already holds
    /// the write lock: there the statement makes all the day's heads when missing and returns them.
    /// </summary>
    private static async Task<(int Lane, long Sequence, string Hash, long? Rider)> LockHeadAsync(PlatformDbContext context, DateOnly day, AuditChainRider? rider,
        CancellationToken cancellationToken)
    {
        if (context.Database.CurrentTransaction is not { } transaction)
        {
            throw new InvalidOperationException("The audit chain is extended only inside the transaction that writes the rows.");
        }

        var lanes = context.Dependencies.AuditLanes;
        var held = Held.GetOrCreateValue(transaction);
        if (!held.TryGetValue(day, out var lane))
        {
            lane = lanes.Next();
        }

        var genesis = GenesisOf(day, lane);
        (int Lane, long Sequence, string Hash, long? Rider) locked;
        if (context.Database.IsSqlite())
        {
            if (rider is not null)
            {
                throw new NotSupportedException("A rider on the audit chain's lock is for MariaDB; SQLite has one writer at a time.");
            }

            // One statement: every lane's head inserted when missing, the no-op update makes RETURNING give the existing ones too.
            var values = string.Join(", ", Enumerable.Range(0, Lanes).Select(l => $"({{0}}, {l}, 0, {{{l + 1}}})"));
            object[] parameters = [day, .. Enumerable.Range(0, Lanes).Select(l => (object)GenesisOf(day, l))];
            var heads = await context.Database.SqlQueryRaw<HeadRow>(
                    "INSERT INTO \"Audit_ChainHeads\" (\"Day\", \"Lane\", \"LastSequence\", \"LastHash\") VALUES " + values
                    + " ON CONFLICT (\"Day\", \"Lane\") DO UPDATE SET \"LastSequence\" = \"LastSequence\" RETURNING \"Lane\", \"LastSequence\", \"LastHash\"", parameters)
                .ToListAsync(cancellationToken);
            var head = heads.SingleOrDefault(h => h.Lane == lane) ?? throw new InvalidOperationException($"The audit chain head of {day:yyyy-MM-dd} could not be read.");
            locked = (lane, head.LastSequence, head.LastHash, null);
        }
        else
        {
            await lanes.EnsureDayAsync(context, day, cancellationToken);
            const string Upsert = "INSERT INTO `Audit_ChainHeads` (`Day`, `Lane`, `LastSequence`, `LastHash`) VALUES ({0}, {1}, 0, {2}) ON DUPLICATE KEY UPDATE `LastSequence` = `LastSequence`";
            if (rider is not null)
            {
                // The caller's placeholders follow the head's five parameters.
                var riderSql = string.Format(CultureInfo.InvariantCulture, rider.Statements + "\u0001" + rider.Value,
                    Enumerable.Range(5, rider.Parameters.Count).Select(i => (object)("{" + i.ToString(CultureInfo.InvariantCulture) + "}")).ToArray()).Split('\u0001');
                var rows = await context.Database.SqlQueryRaw<HeadWithRiderRow>(
                        Upsert + "; " + riderSql[0] + "; SELECT `Lane`, `LastSequence`, `LastHash`, " + riderSql[1]
                        + " AS `Rider` FROM `Audit_ChainHeads` WHERE `Day` = {3} AND `Lane` = {4} FOR UPDATE",
                        [day, lane, genesis, day, lane, .. rider.Parameters])
                    .ToListAsync(cancellationToken);
                var head = rows.SingleOrDefault() ?? throw new InvalidOperationException($"The audit chain head of {day:yyyy-MM-dd} could not be read.");
                locked = (lane, head.LastSequence, head.LastHash, head.Rider);
            }
            else
            {
                // Both statements in one command: one round trip while the lane's writers queue on this row.
                var heads = await context.Database.SqlQueryRaw<HeadRow>(
                        Upsert + "; SELECT `Lane`, `LastSequence`, `LastHash` FROM `Audit_ChainHeads` WHERE `Day` = {3} AND `Lane` = {4} FOR UPDATE",
                        day, lane, genesis, day, lane)
                    .ToListAsync(cancellationToken);
                var head = heads.SingleOrDefault() ?? throw new InvalidOperationException($"The audit chain head of {day:yyyy-MM-dd} could not be read.");
                locked = (lane, head.LastSequence, head.LastHash, null);
            }
        }

        held[day] = lane;
        return locked;
    }

    private class HeadRow
    {
        public int Lane { get; set; }

        public long LastSequence { get; set; }

        public string LastHash { get; set; } = string.Empty;
    }

    private sealed class HeadWithRiderRow : HeadRow
    {
        public long? Rider { get; set; }
    }
}

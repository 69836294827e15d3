using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Numbering;

/// <summary>
/// 备案编号: <c>SW</c> + the approval day (yyyyMMdd, Beijing) + a 5-digit sequence of that day, unique city-wide
/// (manual: SW2023050600006). The day's counter is bumped with one atomic UPDATE (read back in the same command), which
/// holds the row lock until the caller's transaction ends: concurrent approvals queue on it and never share a number, and
/// a rolled-back approval gives its number back. Works without SaveChanges, so the caller's pending changes are not flushed early.
/// The counter is one row for the city, held from the bump to the commit, so the bump comes as late as the caller can make
/// it and after the head of the transaction's audit chain lane is locked (<see cref="AuditChainLock"/>): an approval that
/// meets another writer on its lane queues there before the counter is taken, not while holding it, and the head is always
/// taken first, so the two cannot deadlock.
/// </summary>
internal sealed class FilingNumberAllocator(PlatformDbContext db, IClock clock, FilingNumberDays days)
{
    public const int DailyCapacity = 99_999;

    /// <remarks>Call inside the transaction that records the approval.</remarks>
    public async Task<string> NextAsync(CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("备案编号须在记录审核结果的事务中分配。");
        }

        var day = clock.TodayInShanghai.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        // Only the day's first approvals on this host look for the row: the bump of a missing row is what must not happen
        // on InnoDB (see CreateDayAsync), and a row, once made, stays.
        if (!days.Exists(day))
        {
            if (!await db.Set<FilingNumberSequence>().AnyAsync(s => s.Day == day, cancellationToken))
            {
                await CreateDayAsync(day, cancellationToken);
            }

            days.Add(day);
        }

        int? last;
        if (!db.Database.IsSqlite())
        {
            // One round trip: the head locked, then the counter bumped and read back with it.
            var value = await db.LockAuditChainAsync(new AuditChainRider(
                "UPDATE Filing_NumberSequences SET LastValue = LAST_INSERT_ID(LastValue + 1) WHERE SequenceDay = {0}",
                "CAST(IF(ROW_COUNT() = 1, LAST_INSERT_ID(), NULL) AS SIGNED)", [day]), cancellationToken);
            last = (int?)value;
        }
        else
        {
            await db.LockAuditChainAsync(cancellationToken);
            last = await BumpAsync(day, cancellationToken);
        }

        if (last is null && db.Database.IsSqlite())
        {
            // SQLite makes the row inside the caller's transaction: a rolled-back first approval of the day took it along.
            await CreateDayAsync(day, cancellationToken);
            last = await BumpAsync(day, cancellationToken);
        }

        if (last is null)
        {
            days.Remove(day);
            throw new InvalidOperationException("分配备案编号失败，请重试。");
        }

        return last > DailyCapacity ? throw new InvalidOperationException($"{day} 的备案编号已用完（每日 {DailyCapacity} 个）。") : Format(day, last.Value);
    }

    /// <summary>
    /// Bumps the day's counter and reads the new value in one command; <c>null</c> when the day has no row. The row's lock
    /// is held until the caller's transaction ends. MariaDB has no UPDATE … RETURNING: <c>LAST_INSERT_ID(expr)</c> keeps the
    /// new value for this connection, and <c>ROW_COUNT()</c> tells a bumped row from a missing one.
    /// </summary>
    private async Task<int?> BumpAsync(string day, CancellationToken cancellationToken)
    {
        var values = !db.Database.IsSqlite()
            ? await db.Database.SqlQuery<long>(
                $"UPDATE Filing_NumberSequences SET LastValue = LAST_INSERT_ID(LastValue + 1) WHERE SequenceDay = {day}; SELECT CAST(LAST_INSERT_ID() AS SIGNED) AS Value FROM DUAL WHERE ROW_COUNT() = 1")
                .ToListAsync(cancellationToken)
            : await db.Database.SqlQuery<long>(
                $"UPDATE Filing_NumberSequences SET LastValue = LastValue + 1 WHERE SequenceDay = {day} RETURNING LastValue AS Value")
                .ToListAsync(cancellationToken);
        return values.Count == 1 ? (int)values[0] : null;
    }

    /// <summary>
    /// The day's counter row, created at most once. SQLite has one writer at a time, so inside the transaction is safe.
    /// InnoDB is not: two first-of-the-day transactions inserting the same key take shared locks and deadlock on the
    /// following UPDATE, and the victim's transaction is rolled back. There the row is made on its own connection in
    /// autocommit (INSERT IGNORE), so the caller's transaction only ever updates an existing row.
    /// </summary>
    private async Task CreateDayAsync(string day, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"INSERT OR IGNORE INTO Filing_NumberSequences (SequenceDay, LastValue) VALUES ({day}, 0)", cancellationToken);
            return;
        }

        var connection = db.Database.GetDbConnection();
        await using var own = (DbConnection)((ICloneable)connection).Clone();
        await own.OpenAsync(cancellationToken);
        await using var command = own.CreateCommand();
        command.CommandText = "INSERT IGNORE INTO Filing_NumberSequences (SequenceDay, LastValue) VALUES (@day, 0)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@day";
        parameter.Value = day;
        command.Parameters.Add(parameter);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static string Format(string day, int sequence) => $"SW{day}{sequence.ToString("D5", CultureInfo.InvariantCulture)}";
}

/// <summary>
/// The days whose counter row this host has seen (rows are never deleted), so an approval skips the existence check. Per
/// host, not static: test hosts of one process each have their own database.
/// </summary>
internal sealed class FilingNumberDays
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _days = new(StringComparer.Ordinal);

    public bool Exists(string day) => _days.ContainsKey(day);

    public void Add(string day) => _days.TryAdd(day, true);

    public void Remove(string day) => _days.TryRemove(day, out _);
}

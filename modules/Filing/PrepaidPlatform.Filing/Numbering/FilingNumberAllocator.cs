using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Numbering;

/// <summary>
/// 备案编号: <c>SW</c> + the approval day (yyyyMMdd, Beijing) + a 5-digit sequence of that day, unique city-wide
/// (manual: SW2023050600006). The day's counter is bumped with one atomic UPDATE, which holds the row lock until the
/// caller's transaction ends: concurrent approvals queue on it and never share a number, and a rolled-back approval
/// gives its number back. Works without SaveChanges, so the caller's pending changes are not flushed early.
/// </summary>
internal sealed class FilingNumberAllocator(PlatformDbContext db, IClock clock)
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
        if (!await db.Set<FilingNumberSequence>().AnyAsync(s => s.Day == day, cancellationToken))
        {
            await CreateDayAsync(day, cancellationToken);
        }

        var bumped = await db.Set<FilingNumberSequence>().Where(s => s.Day == day)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Last, x => x.Last + 1), cancellationToken);
        if (bumped != 1)
        {
            throw new InvalidOperationException("分配备案编号失败，请重试。");
        }

        var last = await db.Set<FilingNumberSequence>().Where(s => s.Day == day).Select(s => s.Last).SingleAsync(cancellationToken);
        return last > DailyCapacity ? throw new InvalidOperationException($"{day} 的备案编号已用完（每日 {DailyCapacity} 个）。") : Format(day, last);
    }

    /// <summary>
    /// The day's counter row, created at most once. SQLite has one writer at a time, so inside the transaction is safe.
    /// InnoDB is not: two first-of-the-day transactions inserting the same key take shared locks and deadlock on the
    /// following UPDATE, and the victim's transaction is rolled back. There the row is made on its own connection in
    /// autocommit (INSERT IGNORE), so the caller's transaction only ever updates an existing row.
    /// </summary>
    private async Task CreateDayAsync(string day, CancellationToken cancellationToken)
    {
        if (!db.Database.ProviderName!.Contains("MySql", StringComparison.OrdinalIgnoreCase))
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

using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Platform.Auditing;

/// <summary>
/// This host's side of the audit chain's lanes (<see cref="AuditChain"/>): which lane the next transaction takes, and the
/// days whose heads it has seen made. Per host, not static: test hosts of one process each have their own database.
/// </summary>
internal sealed class AuditChainLanes
{
    private readonly ConcurrentDictionary<DateOnly, bool> _days = new();
    private int _next = -1;

    /// <summary>
    /// Round robin: consecutive transactions of this host take consecutive lanes, so two of them share a lane only when
    /// <see cref="AuditChain.Lanes"/> others took one in between while the first still held it. Hosts of one database
    /// choose on their own; two transactions on the same lane wait for each other, as all of them did with one head.
    /// </summary>
    public int Next() => (int)((uint)Interlocked.Increment(ref _next) % AuditChain.Lanes);

    /// <summary>
    /// MariaDB: every lane's head of <paramref name="day"/>, made once (rows are deleted only with their whole day) on a
    /// connection of its own in autocommit, before the transaction locks one of them. Inside the transaction the made
    /// heads would stay locked, and so invisible to the day's other writers, until it ends; and the first writers of a day
    /// inserting the same keys at once take shared locks and deadlock (ADR 0008). Whether they exist is read first, so the
    /// usual case (another host made them) takes no lock at all.
    /// </summary>
    public async Task EnsureDayAsync(PlatformDbContext context, DateOnly day, CancellationToken cancellationToken)
    {
        if (_days.ContainsKey(day))
        {
            return;
        }

        await using var own = (DbConnection)((ICloneable)context.Database.GetDbConnection()).Clone();
        await own.OpenAsync(cancellationToken);
        await using var count = own.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM `Audit_ChainHeads` WHERE `Day` = @day";
        AddParameter(count, "@day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) < AuditChain.Lanes)
        {
            await using var insert = own.CreateCommand();
            insert.CommandText = "INSERT IGNORE INTO `Audit_ChainHeads` (`Day`, `Lane`, `LastSequence`, `LastHash`) VALUES "
                + string.Join(", ", Enumerable.Range(0, AuditChain.Lanes).Select(l => $"(@day, {l}, 0, @g{l})"));
            AddParameter(insert, "@day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            for (var lane = 0; lane < AuditChain.Lanes; lane++)
            {
                AddParameter(insert, "@g" + lane.ToString(CultureInfo.InvariantCulture), AuditChain.GenesisOf(day, lane));
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        _days.TryAdd(day, true);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

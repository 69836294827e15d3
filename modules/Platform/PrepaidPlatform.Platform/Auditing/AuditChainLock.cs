using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Platform.Auditing;

/// <summary>
/// For work that takes a city-wide lock of its own inside its transaction (the 备案编号 counter): every audited save queues
/// on the head of its lane of the day's audit chain (<see cref="AuditChain"/>), so a lock taken before the save is held
/// while its transaction may wait there. Locking the lane's head first and the own lock after it, as late as possible,
/// keeps the own lock free of that wait, and the order (head, then own lock) the same in every transaction; the save that
/// follows links to the held head without reading it again.
/// </summary>
public static class AuditChainLock
{
    /// <summary>Locks the head of this transaction's lane of today's audit chain (the day the next save writes to) in the open transaction.</summary>
    public static Task LockAuditChainAsync(this PlatformDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return AuditChain.LockTodayAsync(db, null, cancellationToken);
    }

    /// <summary>
    /// MariaDB: locks the head as <see cref="LockAuditChainAsync(PlatformDbContext, CancellationToken)"/> does and runs the
    /// caller's <paramref name="rider"/> in the same command, once the head's lock is taken: the caller's own lock is then
    /// taken without a round trip of its own while the head is held.
    /// </summary>
    /// <returns>The rider's value.</returns>
    public static Task<long?> LockAuditChainAsync(this PlatformDbContext db, AuditChainRider rider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rider);
        return AuditChain.LockTodayAsync(db, rider, cancellationToken);
    }
}

/// <summary>
/// Statements run with the audit chain head's lock in one MariaDB command (<see cref="AuditChainLock"/>): first
/// <paramref name="Statements"/>, then the head is read with <paramref name="Value"/>, one integer expression (NULL for
/// none), beside it. <c>{0}</c>, <c>{1}</c> … in both name <paramref name="Parameters"/>, sent as parameters.
/// </summary>
public sealed record AuditChainRider(string Statements, string Value, IReadOnlyList<object> Parameters);

namespace PrepaidPlatform.Platform.Data;

/// <summary>
/// The one unit of work of a business operation on the scoped <see cref="PlatformDbContext"/>. Every save inside joins
/// the transaction; it commits only when the operation's own outcome says so. A refusal or an exception rolls back and
/// also clears the change tracker: the staged entities belonged to the refused operation, and a later save in the same
/// request must not write them after all.
/// </summary>
public static class PlatformTransactions
{
    /// <param name="work">The operation: reads, changes and saves on the same context.</param>
    /// <param name="commit">Whether the outcome is one to keep (usually <c>o =&gt; o.Succeeded</c>); asked once the work is done.</param>
    public static async Task<TOutcome> InTransactionAsync<TOutcome>(this PlatformDbContext db, Func<Task<TOutcome>> work, Func<TOutcome, bool> commit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(commit);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var outcome = await work();
            if (commit(outcome))
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            return outcome;
        }
        catch
        {
            // Disposing the transaction rolls it back; the tracked changes go with it.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in the caller's transaction when there is one (its commit or rollback decides), else in
    /// a transaction of its own, committed when the work completes and rolled back when it throws: for writes in several
    /// statements that must land together whoever calls them.
    /// </summary>
    public static async Task<T> JoinOrBeginTransactionAsync<T>(this PlatformDbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}

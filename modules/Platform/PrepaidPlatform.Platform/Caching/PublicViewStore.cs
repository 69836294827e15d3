using System.Data;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Caching;

/// <summary>
/// The public pages' read model (<see cref="PublicView"/>): a page asks for its key, gets the stored view in one command
/// when the row is current, and otherwise builds it through its live path, stores it and answers it. Stale rows are never
/// answered: an integration event bumps the operator's stamp (<see cref="InvalidateAsync"/>), the date rolls a row over,
/// and a rebuild records the stamps of the same database snapshot its live reads saw, so a rebuild that read before a
/// change and wrote after its bump stores a row that does not answer.
/// </summary>
public sealed class PublicViewStore(PlatformDbContext db, IClock clock)
{
    /// <summary>The scope of the stamp every row carries besides its operator's: bumped by a change of many operators at once.</summary>
    public static readonly Guid Global = Guid.Empty;

    /// <summary>
    /// The options of a kind's source-generated JSON context for its payload: Chinese text as UTF-8, not \u escapes (a
    /// payload is read back by its context only, never written into a page). A new instance per context, which owns it.
    /// </summary>
    public static JsonSerializerOptions PayloadOptions() => new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Keys per build chunk of <see cref="BuildAsync{T}"/> (one snapshot, one delete and one insert each).</summary>
    public const int BuildChunk = 200;

    /// <summary>
    /// The current view of <paramref name="key"/>: the stored row in one command when it is current, else the live path's
    /// answer (<paramref name="build"/>, null when there is nothing to show), stored for the next reader.
    /// </summary>
    public async Task<T?> GetAsync<T>(string kind, string key, Func<Task<(Guid OperatorUserId, T View)?>> build, JsonTypeInfo<T> json,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(build);
        // The page's reads share one pooled connection: opened per query, each took a connection reset, a round trip
        // of its own, and the reset was the largest part of the page's database time in a CPU profile (issue 14).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await GetOpenAsync(kind, key, build, json, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<T?> GetOpenAsync<T>(string kind, string key, Func<Task<(Guid OperatorUserId, T View)?>> build, JsonTypeInfo<T> json,
        CancellationToken cancellationToken)
        where T : class
    {
        var payload = await Current(db, kind, key, clock.TodayInShanghai, Global);
        if (payload is not null)
        {
            return JsonSerializer.Deserialize(payload, json);
        }

        var built = await InSnapshotAsync(async () =>
        {
            await OpenSnapshotAsync(cancellationToken);
            if (await build() is not { } found)
            {
                return (View: (T?)null, Row: (PublicView?)null);
            }

            var stamps = await StampsAsync([found.OperatorUserId], cancellationToken);
            return (View: (T?)found.View, Row: (PublicView?)Row(kind, key, found.OperatorUserId, JsonSerializer.Serialize(found.View, json), stamps));
        }, cancellationToken);
        if (built.Row is { } row)
        {
            await StoreAsync(row, cancellationToken);
        }

        return built.View;
    }

    /// <summary>
    /// Builds and stores the views of those of <paramref name="keys"/> whose rows are missing or not current (the eager build:
    /// at start, after midnight), in chunks of <see cref="BuildChunk"/>. Returns how many rows it wrote.
    /// </summary>
    public async Task<int> BuildAsync<T>(string kind, IReadOnlyList<string> keys, Func<string, Task<(Guid OperatorUserId, T View)?>> build, JsonTypeInfo<T> json,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(build);
        var written = 0;
        foreach (var chunk in keys.Chunk(BuildChunk))
        {
            var current = await CurrentKeysAsync(kind, chunk, cancellationToken);
            var stale = chunk.Where(k => !current.Contains(k)).ToList();
            if (stale.Count == 0)
            {
                continue;
            }

            var rows = await InSnapshotAsync(async () =>
            {
                await OpenSnapshotAsync(cancellationToken);
                var views = new List<(string Key, Guid OperatorUserId, string Payload)>();
                foreach (var key in stale)
                {
                    if (await build(key) is { } found)
                    {
                        views.Add((key, found.OperatorUserId, JsonSerializer.Serialize(found.View, json)));
                    }
                }

                var stamps = await StampsAsync(views.Select(v => v.OperatorUserId).Distinct().ToList(), cancellationToken);
                return views.Select(v => Row(kind, v.Key, v.OperatorUserId, v.Payload, stamps)).ToList();
            }, cancellationToken);
            if (rows.Count == 0)
            {
                continue;
            }

            // A reader's rebuild may land between these two: INSERT IGNORE keeps its row, which carries its own stamps.
            var builtKeys = rows.Select(r => r.ViewKey).ToList();
            await db.Set<PublicView>().Where(v => v.Kind == kind && builtKeys.Contains(v.ViewKey)).ExecuteDeleteAsync(cancellationToken);
            await new SetBasedWriter(db).TryInsertAllAsync(rows, cancellationToken);
            written += rows.Count;
        }

        return written;
    }

    /// <summary>
    /// Makes the operator's stored views stale (every kind), or every view when <paramref name="operatorUserId"/> is null:
    /// called by the handlers of the integration events that say a public page may have changed, after the change committed
    /// (or in its transaction).
    /// </summary>
    public Task InvalidateAsync(Guid? operatorUserId, CancellationToken cancellationToken) =>
        InvalidateAsync([operatorUserId ?? Global], cancellationToken);

    /// <summary>Makes the stored views of these operators stale (a recompute's changed codes).</summary>
    public async Task InvalidateAsync(IReadOnlyCollection<Guid> operatorUserIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operatorUserIds);
        foreach (var chunk in operatorUserIds.Distinct().Chunk(500))
        {
            // Only a bump counts, never a lost one: a scope without a row is inserted at 1; when one of the chunk's rows
            // was there after all (another change's bump stored it meanwhile), the chunk is bumped once more, which is harmless.
            if (await BumpAsync(chunk, cancellationToken) == chunk.Length)
            {
                continue;
            }

            if (!await new SetBasedWriter(db).TryInsertAllAsync(chunk.Select(s => new PublicViewStamp { Scope = s, Stamp = 1 }).ToList(), cancellationToken))
            {
                await BumpAsync(chunk, cancellationToken);
            }
        }
    }

    private Task<int> BumpAsync(Guid[] scopes, CancellationToken cancellationToken) =>
        db.Set<PublicViewStamp>().Where(s => scopes.Contains(s.Scope)).ExecuteUpdateAsync(s => s.SetProperty(x => x.Stamp, x => x.Stamp + 1), cancellationToken);

    /// <summary>Drops every stored view of <paramref name="kind"/> (a module whose view changed shape).</summary>
    public Task<int> ClearAsync(string kind, CancellationToken cancellationToken) =>
        db.Set<PublicView>().Where(v => v.Kind == kind).ExecuteDeleteAsync(cancellationToken);

    /// <summary>
    /// The payload of the row when it answers today: its stamps equal the current ones (no stamp row reads as 0). One
    /// command by primary key with two primary-key joins; compiled once, as the page runs it on every scan.
    /// </summary>
    private static readonly Func<PlatformDbContext, string, string, DateOnly, Guid, Task<string?>> Current = EF.CompileAsyncQuery(
        (PlatformDbContext db, string kind, string key, DateOnly today, Guid global) => (
                from v in db.Set<PublicView>()
                where v.Kind == kind && v.ViewKey == key && v.ValidOn == today
                from s in db.Set<PublicViewStamp>().Where(s => s.Scope == v.OperatorUserId).DefaultIfEmpty()
                from g in db.Set<PublicViewStamp>().Where(g => g.Scope == global).DefaultIfEmpty()
                where v.Stamp == (s == null ? 0L : s.Stamp) && v.GlobalStamp == (g == null ? 0L : g.Stamp)
                select v.Payload)
            .FirstOrDefault());

    private async Task<HashSet<string>> CurrentKeysAsync(string kind, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var today = clock.TodayInShanghai;
        var global = Global;
        var current = await (
                from v in db.Set<PublicView>()
                where v.Kind == kind && keys.Contains(v.ViewKey) && v.ValidOn == today
                from s in db.Set<PublicViewStamp>().Where(s => s.Scope == v.OperatorUserId).DefaultIfEmpty()
                from g in db.Set<PublicViewStamp>().Where(g => g.Scope == global).DefaultIfEmpty()
                where v.Stamp == (s == null ? 0L : s.Stamp) && v.GlobalStamp == (g == null ? 0L : g.Stamp)
                select v.ViewKey)
            .ToListAsync(cancellationToken);
        return current.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The snapshot's first read, before the live reads: a snapshot starts at its first read, and one that began only at
    /// the stamps' read after the live reads would see a change's invalidation that those reads missed.
    /// </summary>
    private Task<long> OpenSnapshotAsync(CancellationToken cancellationToken) =>
        db.Set<PublicViewStamp>().Where(s => s.Scope == Global).Select(s => s.Stamp).FirstOrDefaultAsync(cancellationToken);

    private async Task<Dictionary<Guid, long>> StampsAsync(IReadOnlyCollection<Guid> operatorUserIds, CancellationToken cancellationToken)
    {
        var scopes = operatorUserIds.Append(Global).ToList();
        return await db.Set<PublicViewStamp>().AsNoTracking().Where(s => scopes.Contains(s.Scope)).ToDictionaryAsync(s => s.Scope, s => s.Stamp, cancellationToken);
    }

    private PublicView Row(string kind, string key, Guid operatorUserId, string payload, Dictionary<Guid, long> stamps) => new()
    {
        Kind = kind,
        ViewKey = key,
        OperatorUserId = operatorUserId,
        Payload = payload,
        ValidOn = clock.TodayInShanghai,
        Stamp = stamps.GetValueOrDefault(operatorUserId),
        GlobalStamp = stamps.GetValueOrDefault(Global),
        BuiltAtUtc = clock.UtcNow.UtcDateTime,
    };

    /// <summary>
    /// Runs the live reads and the stamps' read in one read-only transaction, so they see one snapshot of the database
    /// (MariaDB's REPEATABLE READ; SQLite's deferred transaction). In the caller's transaction when there is one.
    /// </summary>
    private async Task<TResult> InSnapshotAsync<TResult>(Func<Task<TResult>> reads, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await reads();
        }

        // SQLite: ReadUncommitted is Microsoft.Data.Sqlite's deferred BEGIN (a reader, not the write lock of its default);
        // the pragma it sets matters only for a shared cache, which the platform does not use.
        var isolation = db.Database.IsSqlite() ? IsolationLevel.ReadUncommitted : IsolationLevel.RepeatableRead;
        await using var transaction = await db.Database.BeginTransactionAsync(isolation, cancellationToken);
        var result = await reads();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task StoreAsync(PublicView row, CancellationToken cancellationToken)
    {
        if (await UpdateAsync(row, cancellationToken) > 0)
        {
            return;
        }

        // No row, or one built from a newer snapshot (a reader that started later wrote first): that one stays.
        await new SetBasedWriter(db).TryInsertAllAsync([row], cancellationToken);
    }

    /// <summary>Overwrites the stored row unless it was built from newer stamps than <paramref name="row"/>.</summary>
    private Task<int> UpdateAsync(PublicView row, CancellationToken cancellationToken) =>
        db.Set<PublicView>().Where(v => v.Kind == row.Kind && v.ViewKey == row.ViewKey && v.Stamp <= row.Stamp && v.GlobalStamp <= row.GlobalStamp)
            .ExecuteUpdateAsync(s => s
            .SetProperty(v => v.OperatorUserId, row.OperatorUserId)
            .SetProperty(v => v.Payload, row.Payload)
            .SetProperty(v => v.ValidOn, row.ValidOn)
            .SetProperty(v => v.Stamp, row.Stamp)
            .SetProperty(v => v.GlobalStamp, row.GlobalStamp)
            .SetProperty(v => v.BuiltAtUtc, row.BuiltAtUtc), cancellationToken);
}

using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Platform.Data;

/// <summary>
/// Writes thousands of a module's rows set-based, in the caller's transaction: multi-row INSERTs, and one UPDATE per chunk
/// of rows joined to its new values on the key, with parameters converted by EF's own type mappings (each provider's
/// form of the join for updates) instead of thousands of tracked entities through the change tracker (issue 12 · Speed). Used by
/// the machine APIs' batch ingestion. A unique-index violation surfaces as a <see cref="DbUpdateException"/>, as
/// SaveChanges would raise it. The rows bypass the change tracker, so the entity audit does not see them: the caller
/// records the batch itself (a delivery row).
/// <para>On MariaDB/MySQL the values are written into the command as the provider's SQL literals (EF's own
/// <see cref="RelationalTypeMapping.GenerateSqlLiteral"/>, as it inlines a query's constants): MySqlConnector sends
/// parameters as literals in the text anyway, so the server receives the same statement, and the host no longer builds
/// a parameter object per value nor has MySqlConnector find and substitute 14,000 of them per command. SQLite binds
/// parameters.</para>
/// </summary>
public sealed class SetBasedWriter(PlatformDbContext db)
{
    // Rows per command: up to a thousand, fewer for wide rows, so that a command's parameters stay under SQLite's 32,766
    // (MariaDB allows 65,535).
    private const int MaxRowsPerCommand = 1000;
    private const int MaxParametersPerCommand = 30_000;

    private static int RowsPerCommand(int parametersPerRow) => Math.Clamp(MaxParametersPerCommand / parametersPerRow, 1, MaxRowsPerCommand);

    /// <summary>Inserts <paramref name="rows"/> with every mapped column as it stands on the instances.</summary>
    public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class =>
        await InsertAsync(rows, skipClashes: false, cancellationToken);

    /// <summary>
    /// Inserts <paramref name="rows"/> as <see cref="InsertAsync{T}"/> does, with the entity audit a save would have written
    /// for them (unless the type is excluded from the audit): one "Created" record a row, the same as SaveChanges records for
    /// an added entity (<see cref="EntityChangeAuditor.Created"/>), linked onto the day's hash chain under its head's lock and
    /// inserted set-based too. For a system job's thousands of new rows of an audited type (the reminder job's in-app
    /// messages). Only in the caller's open transaction, which holds the chain's head from here to its commit; rows of another
    /// district than the current one are refused while the tenant filter is on, as a save refuses them.
    /// </summary>
    public async Task InsertAuditedAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The audited set-based insert runs only in the caller's transaction, with its audit rows.");
        }

        if (entity.GetProperties().Any(p => p.IsShadowProperty()) || entity.GetComplexProperties().Any())
        {
            throw new NotSupportedException($"{typeof(T).Name}: the audited set-based insert reads every value from the instance (no shadow or complex properties).");
        }

        if (db.IsTenantFilterEnabled && typeof(IMultiTenant).IsAssignableFrom(typeof(T))
            && rows.Any(r => !Equals(((IMultiTenant)r).TenantId, db.CurrentTenantId)))
        {
            throw new TenantIsolationException();
        }

        if (rows.Count == 0)
        {
            return;
        }

        await InsertAsync(rows, skipClashes: false, cancellationToken);
        if (entity.FindAnnotation(AuditAnnotations.Ignore)?.Value is true)
        {
            return;
        }

        var now = AuditChain.ToMicroseconds(db.Dependencies.Clock.UtcNow.UtcDateTime);
        var records = rows.Select(r => EntityChangeAuditor.Created(db, entity, r, now)).ToList();
        await AuditChain.LinkAsync(db, records, cancellationToken);
        // The records' ids come from the database (identity), as when a save inserts them.
        await InsertAsync(records, skipClashes: false, cancellationToken, skipGeneratedKey: true);
        // The heads moved: one per day of the rows (the transaction's lane of it), keyed by day and lane, so each is written
        // by its own update rather than the single-key set-based one.
        var heads = db.ChangeTracker.Entries<AuditChainHead>().Where(h => h.State == EntityState.Modified).ToList();
        foreach (var head in heads.Select(h => h.Entity))
        {
            var (day, lane, sequence, hash) = (head.Day, head.Lane, head.LastSequence, head.LastHash);
            await db.Set<AuditChainHead>().Where(h => h.Day == day && h.Lane == lane)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, sequence).SetProperty(h => h.LastHash, hash), cancellationToken);
        }

        // Written: the heads as this transaction left them. The next link in it reads its lane again under its lock.
        foreach (var head in heads)
        {
            head.State = EntityState.Detached;
        }
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> unless one clashes with a unique index: such a row is skipped by the database (MariaDB's
    /// <c>INSERT IGNORE</c>, SQLite's <c>INSERT OR IGNORE</c>), which no command error reports, and the writing stops after
    /// the command that skipped it. For a batch that expects its rows to be new and looks at what is stored only when one is
    /// not (the machine APIs' references): no query before, and no failed command in the log when a batch is resent.
    /// <para>The rows must fit their columns (the callers validate lengths and ranges): MariaDB's IGNORE would also store a
    /// value its column cuts short, with a warning, instead of failing.</para>
    /// </summary>
    /// <returns>Whether every row was written; when not, some may have been, and the caller rolls its transaction back.</returns>
    public async Task<bool> TryInsertAllAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class =>
        await InsertAsync(rows, skipClashes: true, cancellationToken);

    private async Task<bool> InsertAsync<T>(IReadOnlyList<T> rows, bool skipClashes, CancellationToken cancellationToken, bool skipGeneratedKey = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var (table, columns) = Columns(entity, entity.GetProperties().Where(p => !skipGeneratedKey || !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd)).ToList());
        var verb = !skipClashes ? "INSERT INTO " : db.Database.IsSqlite() ? "INSERT OR IGNORE INTO " : "INSERT IGNORE INTO ";
        return await RunAsync(rows.Chunk(RowsPerCommand(columns.Count)), (command, chunk) =>
        {
            var sql = new StringBuilder(verb).Append(table).Append(" (").AppendJoin(", ", columns.Select(c => c.Name)).Append(") VALUES ");
            for (var row = 0; row < chunk.Length; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    sql.Append(c == 0 ? "" : ", ").Append(command.Parameter(columns[c], columns[c].Property.GetGetter().GetClrValue(chunk[row])));
                }

                sql.Append(')');
            }

            return sql.ToString();
        }, (chunk, written) => written >= chunk.Length, cancellationToken);
    }

    /// <summary>Sets the named properties of each row, as they stand on the instances, picked by the single-column primary key.</summary>
    public async Task UpdateAsync<T>(IReadOnlyCollection<T> rows, IReadOnlyList<string> properties, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(properties);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var (table, columns) = Columns(entity, properties.Select(n => entity.FindProperty(n) ?? throw new ArgumentException($"{typeof(T).Name}.{n} is not mapped.", nameof(properties))).ToList());
        var (_, key) = Columns(entity, [.. entity.FindPrimaryKey()!.Properties]);
        if (key.Count != 1)
        {
            throw new InvalidOperationException($"{typeof(T).Name} has a composite key: the set-based update needs a single key column.");
        }

        var sqlite = db.Database.IsSqlite();
        // MySQL 8 writes a table value constructor's rows as ROW(…); MariaDB and SQLite as bare parentheses.
        var rowStart = !sqlite && !await IsMariaDbAsync(cancellationToken) ? "ROW(" : "(";
        // The new values travel as a derived table joined on the key: one index lookup per row. A CASE per column over the
        // chunk's keys (the first way) compared each row's key with every key of the chunk, in the column's collation, and
        // took 7 ms a 250-row chunk on MariaDB, a third of a 5,000-record batch.
        await RunAsync(rows.Chunk(RowsPerCommand(columns.Count + 1)), (command, chunk) =>
        {
            var values = new StringBuilder();
            for (var i = 0; i < chunk.Length; i++)
            {
                values.Append(i == 0 ? rowStart : ", " + rowStart)
                    .AppendJoin(", ", key.Concat(columns).Select(column => command.Parameter(column, column.Property.GetGetter().GetClrValue(chunk[i]))))
                    .Append(')');
            }

            return sqlite ? SqliteUpdate(table, key[0], columns, values) : MySqlUpdate(table, key[0], columns, values);
        }, (_, _) => true, cancellationToken);
    }

    /// <summary>
    /// Runs one command a chunk, one after the other, and stops (sending nothing more) at the first command whose rows
    /// written <paramref name="enough"/> refuses. Building the next chunk's text while the database ran the previous one
    /// (tried on the custody batch) made its five INSERTs take longer on the two cores, not shorter: 201–233 ms a batch
    /// against 147–220 ms, the median of 16 batches in three runs each.
    /// </summary>
    private async Task<bool> RunAsync<TChunk>(
        IEnumerable<TChunk> chunks, Func<Command, TChunk, string> text, Func<TChunk, int, bool> enough, CancellationToken cancellationToken)
    {
        foreach (var chunk in chunks)
        {
            await using var command = new Command(db);
            if (!enough(chunk, await command.ExecuteAsync(text(command, chunk), cancellationToken)))
            {
                return false;
            }
        }

        return true;
    }

    // SQLite's VALUES rows are not bounded by its 500 terms of a compound SELECT; their columns are column1, column2, ….
    private static string SqliteUpdate(string table, Column key, List<Column> columns, StringBuilder values) =>
        new StringBuilder("UPDATE ").Append(table).Append(" SET ")
            .AppendJoin(", ", columns.Select((c, i) => $"{c.Name} = v.column{i + 2}"))
            .Append(" FROM (VALUES ").Append(values).Append(") AS v WHERE ").Append(table).Append('.').Append(key.Name).Append(" = v.column1")
            .ToString();

    // MariaDB's VALUES constructor names its columns after the first row's values, so a CTE names them (and a derived table
    // holds the CTE: MariaDB 10.11 takes no WITH before an UPDATE). One constructor of a thousand rows instead of a UNION ALL
    // of a thousand SELECTs (the second way), each parsed and prepared as a query of its own: on a copy of the custody
    // accounts, 18–27 ms against 23–88 ms a 1,000-row chunk on MariaDB.
    private static string MySqlUpdate(string table, Column key, List<Column> columns, StringBuilder values) =>
        new StringBuilder("UPDATE ").Append(table).Append(" AS t JOIN (WITH v (").Append(key.Name).Append(", ").AppendJoin(", ", columns.Select(c => c.Name))
            .Append(") AS (VALUES ").Append(values).Append(") SELECT * FROM v) AS v ON t.").Append(key.Name).Append(" = v.").Append(key.Name)
            .Append(" SET ").AppendJoin(", ", columns.Select(c => $"t.{c.Name} = v.{c.Name}"))
            .ToString();

    private async Task<bool> IsMariaDbAsync(CancellationToken cancellationToken)
    {
        // The caller's transaction holds the connection open; opening here only counts one more user of it.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return db.Database.GetDbConnection().ServerVersion.Contains("MariaDB", StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Column(string Name, IProperty Property, RelationalTypeMapping Mapping);

    private (string Table, List<Column> Columns) Columns(IEntityType entity, List<IProperty> properties)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = properties.Select(p => new Column(sql.DelimitIdentifier(p.GetColumnName(store)!), p, (RelationalTypeMapping)p.GetRelationalTypeMapping())).ToList();
        return (sql.DelimitIdentifier(store.Name, store.Schema), columns);
    }

    /// <summary>
    /// One command's values, run through EF's command pipeline (its transaction, logging and command interceptors): as the
    /// provider's literals on MariaDB/MySQL, as parameters on SQLite. Not ExecuteSqlRaw, which formats the text with
    /// string.Format and would read a literal's braces as placeholders.
    /// </summary>
    private sealed class Command(PlatformDbContext db) : IAsyncDisposable
    {
        private readonly bool _literals = !db.Database.IsSqlite();
        private readonly DbCommand _factory = db.Database.GetDbConnection().CreateCommand();
        private readonly List<DbParameter> _parameters = [];

        public string Parameter(Column column, object? value)
        {
            if (_literals)
            {
                // The property's value converter applies first (enums, UTC times, GUIDs as the provider stores them).
                return column.Mapping.GenerateSqlLiteral(value);
            }

            var name = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
            // CreateParameter applies the property's value converter (enums, UTC times, GUIDs as each provider stores them).
            _parameters.Add(column.Mapping.CreateParameter(_factory, name, value, column.Property.IsNullable));
            return name;
        }

        /// <returns>The rows the command wrote.</returns>
        public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken)
        {
            var builder = db.GetService<IRelationalCommandBuilderFactory>().Create().Append(sql);
            foreach (var parameter in _parameters)
            {
                builder.AddRawParameter(parameter.ParameterName, parameter);
            }

            try
            {
                return await builder.Build().ExecuteNonQueryAsync(
                    new RelationalCommandParameterObject(db.GetService<IRelationalConnection>(), null, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>()),
                    cancellationToken);
            }
            catch (DbException e)
            {
                // A unique index: another delivery stored one of these rows since the caller read them.
                throw new DbUpdateException("批量写入失败。", e);
            }
        }

        public ValueTask DisposeAsync() => _factory.DisposeAsync();
    }
}

using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Custody.Application;

/// <summary>
/// Writes a batch's statements and its accounts' latest figures set-based, in the caller's transaction: multi-row INSERTs
/// and one UPDATE per chunk of accounts with parameters converted by EF's own type mappings (the same SQL on SQLite and MariaDB), instead
/// of thousands of tracked entities through the change tracker (issue 12 · Speed). A unique-index violation surfaces as a
/// <see cref="DbUpdateException"/>, as SaveChanges would raise it.
/// </summary>
internal sealed class StatementBatchWriter(PlatformDbContext db)
{
    // Statement rows per INSERT and operators per UPDATE command: well under both providers' parameter limits.
    private const int RowsPerInsert = 500;
    private const int OperatorsPerCommand = 250;

    private static readonly string[] LatestFigures =
    [
        nameof(CustodyOperator.LatestBalanceFen), nameof(CustodyOperator.LatestCustodyFen), nameof(CustodyOperator.LatestAvailableFen),
        nameof(CustodyOperator.LatestAsOfUtc), nameof(CustodyOperator.AccountStatus), nameof(CustodyOperator.StatusRemark),
    ];

    public async Task InsertAsync(IReadOnlyList<CustodyStatement> statements, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(CustodyStatement))!;
        var (table, columns) = Columns(entity, entity.GetProperties().ToList());
        foreach (var chunk in statements.Chunk(RowsPerInsert))
        {
            await using var command = new Command(db);
            var sql = new StringBuilder("INSERT INTO ").Append(table).Append(" (").AppendJoin(", ", columns.Select(c => c.Name)).Append(") VALUES ");
            for (var row = 0; row < chunk.Length; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    sql.Append(c == 0 ? "" : ", ").Append(command.Parameter(columns[c], columns[c].Property.GetGetter().GetClrValue(chunk[row])));
                }

                sql.Append(')');
            }

            await command.ExecuteAsync(sql.ToString(), cancellationToken);
        }
    }

    /// <summary>Sets each operator's latest figures (balance, custody, available, as-of, status, 说明) as they stand on the instance.</summary>
    public async Task UpdateLatestAsync(IReadOnlyCollection<CustodyOperator> operators, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(CustodyOperator))!;
        var (table, columns) = Columns(entity, LatestFigures.Select(n => entity.FindProperty(n)!).ToList());
        var (_, key) = Columns(entity, [entity.FindProperty(nameof(CustodyOperator.Id))!]);
        foreach (var chunk in operators.Chunk(OperatorsPerCommand))
        {
            await using var command = new Command(db);
            // One statement per chunk: each column set by a CASE on the key, the rows picked by their keys.
            var ids = chunk.Select(op => command.Parameter(key[0], op.Id)).ToList();
            var sql = new StringBuilder("UPDATE ").Append(table).Append(" SET ");
            for (var c = 0; c < columns.Count; c++)
            {
                sql.Append(c == 0 ? "" : ", ").Append(columns[c].Name).Append(" = CASE ").Append(key[0].Name);
                for (var i = 0; i < chunk.Length; i++)
                {
                    sql.Append(" WHEN ").Append(ids[i]).Append(" THEN ").Append(command.Parameter(columns[c], columns[c].Property.GetGetter().GetClrValue(chunk[i])));
                }

                sql.Append(" END");
            }

            sql.Append(" WHERE ").Append(key[0].Name).Append(" IN (").AppendJoin(", ", ids).Append(')');
            await command.ExecuteAsync(sql.ToString(), cancellationToken);
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

    /// <summary>One command's parameters, run through EF (its transaction, logging and command interceptors).</summary>
    private sealed class Command(PlatformDbContext db) : IAsyncDisposable
    {
        private readonly DbCommand _factory = db.Database.GetDbConnection().CreateCommand();
        private readonly List<DbParameter> _parameters = [];

        public string Parameter(Column column, object? value)
        {
            var name = "@p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
            // CreateParameter applies the property's value converter (enums, UTC times, GUIDs as each provider stores them).
            _parameters.Add(column.Mapping.CreateParameter(_factory, name, value, column.Property.IsNullable));
            return name;
        }

        public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync(sql, _parameters, cancellationToken);
            }
            catch (DbException e)
            {
                // The unique (InstitutionId, BankReference) index: another delivery stored a reference since we read them.
                throw new DbUpdateException("存管账单写入失败。", e);
            }
        }

        public ValueTask DisposeAsync() => _factory.DisposeAsync();
    }
}

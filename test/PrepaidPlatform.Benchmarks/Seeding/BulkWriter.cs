using System.Data;
using MySqlConnector;

namespace PrepaidPlatform.Benchmarks.Seeding;

/// <summary>
/// Writes generated rows with <see cref="MySqlBulkCopy"/> (LOAD DATA LOCAL INFILE) in batches, so a city of rows never sits
/// in memory at once — the host runs in the same process and its memory is one of the figures.
/// </summary>
internal sealed class BulkWriter(MySqlConnection connection)
{
    private const int BatchRows = 10_000;

    /// <summary>
    /// Needs a connection with <c>AllowLoadLocalInfile=true</c>. Guids go as text: the tables keep them in
    /// <c>char(36)</c>, and dates as <see cref="DateTime"/>, which every MySqlConnector version writes.
    /// </summary>
    public async Task<int> WriteAsync(string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var data = new DataTable(table);
        foreach (var column in columns)
        {
            data.Columns.Add(column, typeof(object));
        }

        var written = 0;
        foreach (var row in rows)
        {
            data.Rows.Add(row.Select(v => v is Guid g ? g.ToString() : v is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : v ?? DBNull.Value).ToArray());
            if (data.Rows.Count == BatchRows)
            {
                written += await FlushAsync(data, cancellationToken);
            }
        }

        return written + await FlushAsync(data, cancellationToken);
    }

    private async Task<int> FlushAsync(DataTable data, CancellationToken cancellationToken)
    {
        if (data.Rows.Count == 0)
        {
            return 0;
        }

        var copy = new MySqlBulkCopy(connection) { DestinationTableName = data.TableName, BulkCopyTimeout = 600 };
        for (var i = 0; i < data.Columns.Count; i++)
        {
            // By name: a table's auto-increment key (Wf_Journal.Id) is left out of the rows and filled by the server.
            copy.ColumnMappings.Add(new MySqlBulkCopyColumnMapping(i, data.Columns[i].ColumnName));
        }

        var result = await copy.WriteToServerAsync(data, cancellationToken);
        if (result.Warnings.Count > 0)
        {
            throw new InvalidOperationException($"{data.TableName}: {string.Join("; ", result.Warnings.Take(3).Select(w => w.Message))}");
        }

        var count = data.Rows.Count;
        data.Rows.Clear();
        return count;
    }
}

using System.Diagnostics;
using System.Globalization;
using MySqlConnector;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>
/// What the page figures share: requests timed one at a time after a warm-up, and their raw baselines — a page's queries
/// sent as they are, every result read — with MariaDB's plan of each.
/// </summary>
internal static class OneAtATime
{
    /// <summary><paramref name="requests"/> timed after 3 untimed (numbered after the timed ones, so a figure can give each its own term).</summary>
    public static async Task<Latencies> TimeAsync(int requests, Func<int, Task> request)
    {
        for (var i = 0; i < 3; i++)
        {
            await request(requests + i);
        }

        var times = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await request(i);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return new Latencies(times);
    }

    public static Task<Latencies> TimeAsync(int requests, Func<Task> request) => TimeAsync(requests, _ => request());

    /// <summary>GETs <paramref name="url"/>, fails the figure unless it answers 200, and returns the page read to its end.</summary>
    public static async Task<string> ExpectOkAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(url, cancellationToken);
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} → {(int)response.StatusCode}");
        }

        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>Sends <paramref name="sql"/> (one or more statements) on a connection of its own and reads every row of every result.</summary>
    public static async Task RawAsync(string connectionString, string sql, IReadOnlyDictionary<string, object> parameters, CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = Command(sql, connection, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        do
        {
            while (await reader.ReadAsync(cancellationToken))
            {
            }
        }
        while (await reader.NextResultAsync(cancellationToken));
    }

    /// <summary>MariaDB's plan of each statement (index used, rows examined, filesort or not), statements apart by " | ".</summary>
    public static async Task<string> PlanAsync(string connectionString, string sql, IReadOnlyDictionary<string, object> parameters, CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var queries = new List<string>();
        foreach (var statement in sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await using var command = Command("EXPLAIN " + statement, connection, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var steps = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                string Column(string name) => reader.IsDBNull(reader.GetOrdinal(name)) ? "-" : Convert.ToString(reader[name], CultureInfo.InvariantCulture)!;
                steps.Add($"{Column("table")} key={Column("key")} rows={Column("rows")} {Column("Extra")}".Trim());
            }

            queries.Add(string.Join(" / ", steps));
        }

        return string.Join(" | ", queries);
    }

    private static MySqlCommand Command(string sql, MySqlConnection connection, IReadOnlyDictionary<string, object> parameters)
    {
        var command = new MySqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}

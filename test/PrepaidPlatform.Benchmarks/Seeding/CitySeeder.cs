using System.Diagnostics;
using MySqlConnector;
using PrepaidPlatform.Benchmarks.Harness;
using PrepaidPlatform.Filing.Dictionaries;

namespace PrepaidPlatform.Benchmarks.Seeding;

/// <summary>
/// Seeds a city on the host's database after the host's own seed (districts, reviewers, published lifecycles): N approved
/// operators round-robin over the districts and industries — licence, registration application, filing with its 备案编号
/// and its row of the portal's name search, a completed filing.registration instance and its four journal entries — and
/// the open applications that wait for review (instance in 待受理 with its deadline timer). Rows go in by bulk copy, table by table; column names are those
/// of the MySql migration (host/…/Migrations/MySql).
/// </summary>
internal sealed class CitySeeder(string connectionString, DateTime nowUtc, DateOnly todayInShanghai)
{
    private const string SubjectType = "filing.application";
    private const string DefinitionKey = "filing.registration";

    private sealed record Definition(Guid Id, int Version);

    public async Task<SeededCity> SeedAsync(int approved, int pending, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var bulk = new MySqlConnectionStringBuilder(connectionString) { AllowLoadLocalInfile = true, DefaultCommandTimeout = 600 }.ConnectionString;
        await using var connection = new MySqlConnection(bulk);
        await connection.OpenAsync(cancellationToken);
        var districts = await DistrictsAsync(connection, cancellationToken);
        var definition = await DefinitionAsync(connection, cancellationToken);
        // The rows are generated consistent with each other; the server need not check each key again during the load.
        await ExecuteAsync(connection, "SET SESSION foreign_key_checks = 0, unique_checks = 0", cancellationToken);

        var approvedOperators = Enumerable.Range(1, approved).Select(i => NewOperator(i, districts, submittedDaysAgo: 5 + (i % 730))).ToList();
        var pendingOperators = Enumerable.Range(approved + 1, pending).Select(i => NewOperator(i, districts, submittedDaysAgo: 0)).ToList();
        var all = approvedOperators.Concat(pendingOperators).ToList();
        var rows = new CityRows(nowUtc, definition.Id, definition.Version);
        var writer = new BulkWriter(connection);
        var written = 0;
        written += await writer.WriteAsync("Filing_OperatorLicences", CityRows.LicenceColumns, all.Select(rows.Licence), cancellationToken);
        BenchContext.Log($"seed: {written:N0} licences");
        written += await writer.WriteAsync("Filing_Applications", CityRows.ApplicationColumns,
            approvedOperators.Select(o => rows.Application(o, open: false)).Concat(pendingOperators.Select(o => rows.Application(o, open: true))), cancellationToken);
        var filingNumbers = approvedOperators.Select(FilingNumberOf).ToList();
        written += await writer.WriteAsync("Filing_Filings", CityRows.FilingColumns,
            approvedOperators.Select((o, i) => rows.Filing(o, filingNumbers[i], FiledOn(o))), cancellationToken);
        written += await writer.WriteAsync("Filing_SearchEntries", CityRows.SearchEntryColumns,
            approvedOperators.Select((o, i) => CityRows.SearchEntry(o, filingNumbers[i], FiledOn(o))), cancellationToken);
        written += await writer.WriteAsync("Wf_Instances", CityRows.InstanceColumns,
            approvedOperators.Select(o => rows.Instance(o, completed: true)).Concat(pendingOperators.Select(o => rows.Instance(o, completed: false))), cancellationToken);
        BenchContext.Log($"seed: {written:N0} rows (licences, applications, filings, instances)");
        written += await writer.WriteAsync("Wf_Journal", CityRows.JournalColumns,
            approvedOperators.SelectMany(o => rows.Journal(o, approvedToo: true)).Concat(pendingOperators.SelectMany(o => rows.Journal(o, approvedToo: false))), cancellationToken);
        written += await writer.WriteAsync("Wf_Timers", CityRows.TimerColumns, pendingOperators.Select(rows.AcceptDeadline), cancellationToken);
        await ExecuteAsync(connection, "ANALYZE TABLE Filing_OperatorLicences, Filing_Applications, Filing_Filings, Filing_SearchEntries, Wf_Instances, Wf_Journal, Wf_Timers", cancellationToken);
        BenchContext.Log($"seed: {written:N0} rows in {watch.Elapsed.TotalSeconds:F1} s");
        return new SeededCity(districts, filingNumbers,
            pendingOperators.Select(o => new PendingApplication(o.ApplicationId, o.InstanceId, o.District)).ToList(), written, watch.Elapsed);
    }

    /// <summary>Approvals spread over the last two years, numbered within their day (SW + date + 5 digits, unique).</summary>
    private DateOnly FiledOn(SeedOperator o) => o.SubmittedOn.AddDays(3);

    private string FilingNumberOf(SeedOperator o) => DemoIdentifiers.FilingNumber(FiledOn(o), (o.Ordinal / 730) + 1);

    private SeedOperator NewOperator(int ordinal, IReadOnlyList<District> districts, int submittedDaysAgo)
    {
        var district = districts[ordinal % districts.Count];
        var industry = IndustryDictionary.All[ordinal % IndustryDictionary.All.Count].Code;
        var submittedAt = nowUtc.AddDays(-submittedDaysAgo).AddMinutes(-(ordinal % 600));
        return new SeedOperator(ordinal, district, Guid.NewGuid(), DemoIdentifiers.Uscc(ordinal, district.Code), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            industry, todayInShanghai.AddDays(-submittedDaysAgo), submittedAt);
    }

    private static async Task<IReadOnlyList<District>> DistrictsAsync(MySqlConnection connection, CancellationToken cancellationToken)
    {
        var districts = new List<District>();
        await using var command = new MySqlCommand("SELECT Id, Code, Name FROM Platform_Tenants WHERE IsActive ORDER BY SortOrder", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            districts.Add(new District(reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
        }

        return districts.Count > 0 ? districts : throw new InvalidOperationException("No district seeded: the host's demo seed did not run.");
    }

    private static async Task<Definition> DefinitionAsync(MySqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new MySqlCommand("SELECT Id, Version FROM Wf_Definitions WHERE `Key` = @key AND DistrictId = @city AND Status = 1", connection);
        command.Parameters.AddWithValue("@key", DefinitionKey);
        command.Parameters.AddWithValue("@city", Guid.Empty.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Definition(reader.GetGuid(0), reader.GetInt32(1))
            : throw new InvalidOperationException($"The city's {DefinitionKey} lifecycle is not published.");
    }

    private static async Task ExecuteAsync(MySqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

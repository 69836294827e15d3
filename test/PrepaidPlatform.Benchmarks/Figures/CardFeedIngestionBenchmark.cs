using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using PrepaidPlatform.Benchmarks.Harness;
using PrepaidPlatform.Benchmarks.Seeding;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// (issue 13 · Speed) 发卡系统 T+1 数据报送 through the API: one card system pushes its operators' figures of each day as
/// signed POSTs of up to 5,000 records to <c>/api/v1/reporting/card-feed</c> over the socket, one batch after another, each
/// answered per record and stored with the operators' 已对接 links in one transaction. The operators are the seeded city's
/// filed ones (found by USCC through Filing's directory, as real pushes are). Baseline: MySqlBulkCopy of the same number of
/// rows into the same table (Reporting_CardFeedRecords), a copy right after each timed batch so both rates share the
/// machine's moment. Target: the API ≥ 0.3× the bulk copy's rows per second.
/// </summary>
internal sealed class CardFeedIngestionBenchmark : IBenchmark
{
    private const int BatchRecords = 5_000;
    private const string Path = "/api/v1/reporting/card-feed";

    public string Name => "发卡系统 T+1 报送 API (≤ 5,000 条/批)";

    public async Task<Figure> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var host = context.Host;
        // Quick: the small city's filed operators, three days (one untimed); full: 20,000 operators, four batches a day, five days.
        var operators = await FiledOperatorsAsync(host.Database.ConnectionString, context.Options.Quick ? BatchRecords : 4 * BatchRecords, cancellationToken);
        var days = context.Options.Quick ? 3 : 5;
        var systemId = Guid.NewGuid();
        var now = host.Clock.GetUtcNow();
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.Add(new CardSystem(systemId, "演示会员卡系统（基准）", "91110000MA00BM0011", now.UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        });
        var credential = await host.InScopeAsync(sp => sp.GetRequiredService<IApiClients>().CreateAsync(CardSystemApiOwner.CardSystem, systemId, "数据报送（基准）"));
        var today = DateOnly.FromDateTime(now.AddHours(8).UtcDateTime);
        // Day 0 warms up the path (JIT, the operators' first links) and is not timed; the next days are.
        var batches = Enumerable.Range(0, days).SelectMany(day => operators.Chunk(BatchRecords)
            .Select((chunk, b) => (Day: day, Count: chunk.Length, Body: Body(chunk, day, b, today.AddDays(day - days - 1))))).ToList();

        // What earlier figures set off (the custody figure's episodes) is delivered before this one starts.
        var drained = await host.DrainOutboxAsync(TimeSpan.FromSeconds(60), cancellationToken);
        BenchContext.Log($"card feed: earlier events delivered in {drained.Waited.TotalSeconds:F1} s ({drained.Pending} left)");
        using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        // Each timed batch is followed by a bulk copy of as many rows, so the two rates share the machine's moment (as the
        // custody figure does): one copy after all the batches (the first way) measured the baseline at another moment.
        await using var bulk = await BulkCopy.OpenAsync(host.Database.ConnectionString, operators, now, today, cancellationToken);
        var rates = new InterleavedRates();
        foreach (var (day, count, body) in batches)
        {
            var commandsBefore = host.Commands.Total;
            var started = Stopwatch.GetTimestamp();
            await PostAsync(client, credential, body, count, host.Clock.GetUtcNow(), cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            host.Timings.Mark($"card feed batch of day {day}: {elapsed.TotalMilliseconds:F0} ms");
            if (day > 0)
            {
                var commands = host.Commands.Total - commandsBefore;
                var copy = await bulk.CopyAsync(count, cancellationToken);
                rates.Add(count, elapsed, commands, copy);
                host.Timings.Mark($"card feed bulk copy after day {day}: {copy * 1000:F0} ms");
            }
        }

        BenchContext.Log($"card feed API: {rates.Rows:N0} records in {rates.ApiSeconds:F1} s");
        BenchContext.Log($"card feed bulk copy: {rates.Rows:N0} rows in {rates.BulkSeconds:F1} s");
        return new Figure(Name,
        [
            new Measure("records/s", rates.ApiRate, "rows/s", rates.BulkRate, "≥ 0.3× MySqlBulkCopy", rates.Ratio >= 0.3),
            new Measure("time per batch (p50)", rates.Latencies.Percentile(50), "ms", 1000 * Math.Min(BatchRecords, operators.Count) / rates.BulkRate),
            new Measure("SQL commands per batch (mean)", rates.CommandsPerBatch, ""),
        ],
            $"{operators.Count:N0} filed operators of the seeded city, one record per operator per day; {rates.Batches} timed batches " +
            $"({rates.Rows:N0} records, {rates.ApiSeconds:F1} s) after the untimed first day, sent one after another over the socket, each signed " +
            $"(HMAC-SHA256, JSON built beforehand). Baseline: MySqlBulkCopy of {rates.Rows:N0} rows of the same shape into Reporting_CardFeedRecords in " +
            $"{rates.BulkSeconds:F2} s (as many rows right after each timed batch, one system's next operators and days, so both share the machine's moment). " +
            "Commands: every command the host sent while the timed batches ran (the nonce, the operators' lookup through Filing's directory, the " +
            $"references, the days, the links, the writes). Events of earlier figures were delivered before the first batch ({drained.Waited.TotalSeconds:F1} s, " +
            $"{drained.Pending} left)");
    }

    private sealed record FiledOperator(string Uscc, Guid UserId, Guid TenantId);

    private static async Task<List<FiledOperator>> FiledOperatorsAsync(string connectionString, int limit, CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new MySqlCommand("SELECT ActiveKey, OperatorUserId, TenantId FROM Filing_Filings WHERE Status = 'Filed' ORDER BY ActiveKey LIMIT @limit", connection);
        command.Parameters.AddWithValue("@limit", limit);
        var list = new List<FiledOperator>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new FiledOperator(reader.GetString(0), reader.GetGuid(1), reader.GetGuid(2)));
        }

        return list;
    }

    /// <summary>One batch of one day: every operator's figures, the balance moving a little each day.</summary>
    private static byte[] Body(FiledOperator[] chunk, int day, int batch, DateOnly date)
    {
        var records = chunk.Select((o, i) => new
        {
            uscc = o.Uscc,
            date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            prepaidTotal = 500_000.00m + day * 100,
            balance = 345_100.00m + day * 50 + i % 100,
            cardsIssued = 400 + day,
            cardsWithBalance = 200 + (i % 50),
            reference = $"BENCH-{day}-{batch}-{i}",
        });
        return JsonSerializer.SerializeToUtf8Bytes(new { records });
    }

    private static async Task PostAsync(HttpClient client, IssuedApiCredential credential, byte[] body, int expected, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var timestamp = at.ToUnixTimeSeconds();
        var nonce = Guid.NewGuid().ToString("N");
        request.Headers.Add(ApiRequestSignature.KeyIdHeader, credential.KeyId);
        request.Headers.Add(ApiRequestSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(ApiRequestSignature.NonceHeader, nonce);
        request.Headers.Add(ApiRequestSignature.SignatureHeader, ApiRequestSignature.Sign(credential.Secret,
            ApiRequestSignature.StringToSign("POST", Path, timestamp, nonce, ApiRequestSignature.BodyHash(body))));
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        using var answer = response.IsSuccessStatusCode ? JsonDocument.Parse(text) : null;
        var accepted = answer?.RootElement.GetProperty("accepted").GetInt32();
        if (accepted != expected)
        {
            throw new InvalidOperationException($"the card feed API answered {(int)response.StatusCode} with {accepted?.ToString(CultureInfo.InvariantCulture) ?? "no"} " +
                $"accepted records: {text[..Math.Min(600, text.Length)]}");
        }
    }

    /// <summary>
    /// The baseline: rows of the same shape, straight into the table by LOAD DATA LOCAL INFILE, under a system of its own
    /// that reports the operators day after day as the API's system does (each copy the next operators, then the next day).
    /// </summary>
    private sealed class BulkCopy(MySqlConnection connection, List<FiledOperator> operators, DateTime received, DateOnly firstDay) : IAsyncDisposable
    {
        private readonly BulkWriter _writer = new(connection);
        private readonly Guid _systemId = Guid.NewGuid();
        private int _copied;

        public static async Task<BulkCopy> OpenAsync(
            string connectionString, List<FiledOperator> operators, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
        {
            var options = new MySqlConnectionStringBuilder(connectionString) { AllowLoadLocalInfile = true, DefaultCommandTimeout = 600 }.ConnectionString;
            var connection = new MySqlConnection(options);
            await connection.OpenAsync(cancellationToken);
            // Days before the API's, so the two never meet on the (system, operator, day) index's pages they both write.
            var copy = new BulkCopy(connection, operators, now.UtcDateTime, today.AddDays(-400));
            // One untimed copy warms the connection and the table's pages, as the API's first day does.
            await copy.CopyAsync(Math.Min(BatchRecords, operators.Count), cancellationToken);
            return copy;
        }

        /// <returns>The seconds the copy of <paramref name="rows"/> rows took.</returns>
        public async Task<double> CopyAsync(int rows, CancellationToken cancellationToken)
        {
            var data = Enumerable.Range(_copied, rows).Select(n =>
            {
                var o = operators[n % operators.Count];
                return new object?[]
                {
                    Guid.NewGuid(), o.TenantId, _systemId, o.UserId, firstDay.AddDays(n / operators.Count), $"BULK-{n}",
                    50_000_000L, 34_510_000L + n % 100, 400, 200, received,
                };
            }).ToList();
            _copied += rows;
            var watch = Stopwatch.StartNew();
            await _writer.WriteAsync("Reporting_CardFeedRecords", Columns, data, cancellationToken);
            return watch.Elapsed.TotalSeconds;
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }

    private static readonly string[] Columns =
    [
        "Id", "TenantId", "CardSystemId", "OperatorUserId", "Day", "Reference", "PrepaidTotalFen", "BalanceFen", "CardsIssued", "CardsWithBalance", "ReceivedAtUtc",
    ];
}

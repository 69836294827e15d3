using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using PrepaidPlatform.Benchmarks.Harness;
using PrepaidPlatform.Benchmarks.Seeding;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.CreditRisk.Rules;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// (issue 17 · Speed) The nightly recompute of every operator's 风险码 (<see cref="RiskCodes.RecomputeAllAsync"/>, what the
/// 01:30 job runs) over the seeded city with ten credit records per operator: most of them 基本信息, and on a share of
/// the operators 欠缴税款, a recent 12345 complaint, 行政处罚 or 经营异常名录, so the rules colour some codes and write
/// their history. Timed twice: the first night (codes made, history written) and a night after it (nothing changes).
/// Baseline: reading the same records raw (every row the recompute needs, one query). Targets: ≤ 30 s at 100,000
/// operators, the process ≤ 400 MB resident while it runs.
/// </summary>
internal sealed class RiskCodeRecomputeBenchmark : IBenchmark
{
    private const int RecordsPerOperator = 10;
    private const double MiB = 1024 * 1024;

    public string Name => "风险码每日重算";

    public async Task<Figure> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var host = context.Host;
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime.AddHours(8));
        var connectionString = host.Database.ConnectionString;
        var operators = await OperatorsAsync(connectionString, cancellationToken);
        var seeded = await SeedRecordsAsync(connectionString, operators, today, host.Clock.GetUtcNow().UtcDateTime, cancellationToken);
        BenchContext.Log($"risk codes: {seeded:N0} credit records for {operators.Count:N0} operators");

        var nights = await RiskNightProcess.RunAsync(connectionString, cancellationToken);
        var (first, second) = (nights[0], nights[1]);
        var codes = await ScalarAsync(connectionString, "SELECT COUNT(*) FROM CreditRisk_Codes WHERE Colour <> 0", cancellationToken);
        var peakMiB = Math.Max(first.RssPeakMiB, second.RssPeakMiB);
        var rawStarted = Stopwatch.GetTimestamp();
        var rawRows = await DrainAsync(connectionString, today, cancellationToken);
        var rawSeconds = Stopwatch.GetElapsedTime(rawStarted).TotalSeconds;
        BenchContext.Log($"risk codes: first night {first.Seconds:F1} s, second {second.Seconds:F1} s, raw read {rawSeconds:F2} s ({rawRows:N0} rows)");

        return new Figure(Name,
        [
            new Measure("第一晚 (生成风险码与历史)", first.Seconds, "s", rawSeconds, "≤ 30 s", first.Seconds <= 30),
            new Measure("第二晚 (无变化)", second.Seconds, "s", rawSeconds, "≤ 30 s", second.Seconds <= 30),
            new Measure("RSS of the host before the first night", first.RssBeforeMiB, "MiB"),
            new Measure("peak RSS of the host while it ran", peakMiB, "MiB", null, "≤ 400 MB", peakMiB * MiB <= 400_000_000),
            new Measure("peak managed heap added", Math.Max(first.ManagedAddedMiB, second.ManagedAddedMiB), "MiB"),
        ],
            $"{operators.Count:N0} operators, {seeded:N0} records ({RecordsPerOperator} each; 欠缴税款 on 1 in 10, a complaint of the last 30 days on 1 in 7, " +
            $"行政处罚 on 1 in 20, 经营异常名录 on 1 in 50); {codes:N0} codes not green after the first night. Both nights run RiskCodes.RecomputeAllAsync in a " +
            "scope of the host, as the job does, in a process of their own that starts the host on the seeded database (RiskNightProcess): " +
            "its RSS is the host's, without the harness and its seed. Baseline: one raw query reading the records in force");
    }

    private sealed record Operator(Guid UserId, Guid TenantId, string Uscc);

    private static async Task<List<Operator>> OperatorsAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new MySqlCommand("SELECT OperatorUserId, TenantId, Uscc FROM Filing_Filings", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var operators = new List<Operator>();
        while (await reader.ReadAsync(cancellationToken))
        {
            operators.Add(new Operator(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2)));
        }

        return operators;
    }

    private static async Task<int> SeedRecordsAsync(string connectionString, List<Operator> operators, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var bulk = new MySqlConnectionStringBuilder(connectionString) { AllowLoadLocalInfile = true, DefaultCommandTimeout = 600 }.ConnectionString;
        await using var connection = new MySqlConnection(bulk);
        await connection.OpenAsync(cancellationToken);
        var rows = operators.SelectMany((o, i) => Enumerable.Range(0, RecordsPerOperator).Select(r => Record(o, i, r, today, now)));
        var written = await new BulkWriter(connection).WriteAsync("CreditRisk_Records", Columns, rows, cancellationToken);
        await using var analyze = new MySqlCommand("ANALYZE TABLE CreditRisk_Records", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
        return written;
    }

    /// <summary>Record <paramref name="r"/> of operator <paramref name="i"/>: 基本信息 unless its slot carries one of the shares named in the note.</summary>
    private static object?[] Record(Operator o, int i, int r, DateOnly today, DateTime now)
    {
        var (creditClass, type, occurred, endsOn) = r switch
        {
            6 when i % 10 == 0 => (CreditClass.Tax, "欠缴税款", today.AddDays(-60), (DateOnly?)null),
            7 when i % 7 == 0 => (CreditClass.Complaint, CreditClasses.PrepaidComplaint, today.AddDays(-30), null),
            7 => (CreditClass.Complaint, CreditClasses.PrepaidComplaint, today.AddDays(-400), null),
            8 when i % 20 == 0 => (CreditClass.Negative, CreditClasses.AdministrativePenalty, today.AddDays(-100), today.AddDays(265)),
            9 when i % 50 == 0 => (CreditClass.Negative, CreditClasses.AbnormalOperation, today.AddDays(-20), null),
            9 => (CreditClass.Basic, "行政许可", today.AddDays(-800), today.AddDays(-70)),
            _ => (CreditClass.Basic, CreditClasses.Types[CreditClass.Basic][r % 3], today.AddDays(-500 - r), null),
        };
        return
        [
            Guid.NewGuid(), o.TenantId, o.UserId, o.Uscc, DemoIdentifiers.OperatorName(i + 1), (int)creditClass, type, "市大数据中心", occurred,
            $"BENCH-{i}-{r}", endsOn, "基准测试记录", (int)CreditChannel.Api, null, now, null, null,
        ];
    }

    private static readonly string[] Columns =
    [
        "Id", "TenantId", "OperatorUserId", "Uscc", "OperatorName", "Class", "Type", "Source", "OccurredOn", "Reference", "EndsOn", "Summary", "Channel",
        "RecordedBy", "RecordedAtUtc", "AttachmentKey", "AttachmentName",
    ];

    /// <summary>Every record a rule can read (in force, or a complaint of the 90-day window), each row read through.</summary>
    private static async Task<int> DrainAsync(string connectionString, DateOnly today, CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new MySqlCommand(
            "SELECT * FROM CreditRisk_Records WHERE IF(Class = 4, OccurredOn > @from, EndsOn IS NULL OR EndsOn >= @today)", connection);
        command.Parameters.AddWithValue("@from", today.AddDays(-RuleFacts.ComplaintWindowDays).ToDateTime(TimeOnly.MinValue));
        command.Parameters.AddWithValue("@today", today.ToDateTime(TimeOnly.MinValue));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync(cancellationToken))
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new MySqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}

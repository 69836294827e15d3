using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using PrepaidPlatform.Benchmarks.Harness;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Benchmarks.Seeding;

/// <summary>What Reporting's part of the city holds: its operators, reports by status, periods left unfiled, the newest ended quarter.</summary>
internal sealed record SeededReporting(
    int Operators, int Reports, int Pending, int Returned, int Accepted, int Unfiled, int Listed, ReportPeriod LastEnded, int Rows, TimeSpan Took);

/// <summary>
/// Reporting's part of the seeded city (issue 13), bulk-copied once for the Reporting figures: for every operator on file
/// of the city its operator account (Identity, with its administrator's phone, protected as registration protects it),
/// custody supervision from its approval on (Custody's operator row and the binding of its 专用存管账户), and a quarterly
/// report for each of its periods from the approval's quarter to the last ended one — most 已通过, in the last quarter a
/// share 待核对 in the district's queue (with their <c>reporting.quarterly</c> instances waiting, some past the 3 working days),
/// some 已退回, and about 4 % of the operators stopped filing at some period (已超期 from there on). Each district's 季度汇总 of
/// the ended quarters submitted to the city (all but a few districts for the last one); every 200th operator is listed as a
/// 严重失信主体 with its monthly reports filed but the last month. Generated deterministically from the filings' order; an
/// operator approved by an earlier figure (the transitions') keeps the account and custody row it has.
/// </summary>
internal static class ReportingCitySeeder
{
    public const string BankCode = "CMB";
    private const string BankName = "招商银行";
    private const int ListedEvery = 200;

    private static readonly string[] UserColumns =
    [
        "Id", "TenantId", "Side", "DisplayName", "IsActive", "CreatedAtUtc", "AdministratorName", "PhoneProtected", "PhoneHash", "PhoneMasked",
        "CommitmentAcceptedAtUtc", "UserName", "NormalizedUserName", "EmailConfirmed", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed",
        "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount",
    ];

    private static readonly string[] OperatorColumns =
    [
        "Id", "TenantId", "OperatorUserId", "Uscc", "OperatorName", "FilingId", "FilingNumber", "RegisteredOn", "BindingId", "BankCode", "BranchName",
        "AccountKey", "AccountStatus", "FilingBalanceFen", "ReportedBalanceFen", "ReportedQuarterEnd", "SeriousDishonest", "SeriousDishonestReason",
        "SeriousDishonestSetAtUtc", "AccountNumberHash", "AccountNumberMasked", "AccountNumberProtected",
    ];

    private static readonly string[] BindingColumns =
        ["Id", "OperatorId", "TenantId", "ApplicationId", "BankCode", "BranchName", "BoundAtUtc", "AccountNumberHash", "AccountNumberMasked", "AccountNumberProtected"];

    private static readonly string[] ReportColumns =
    [
        "Id", "TenantId", "OperatorUserId", "Year", "Quarter", "QuarterEnd", "PrepaidTotalFen", "BalanceFen", "CardsWithBalance", "QuarterPrepaidFen",
        "QuarterCardsIssued", "QuarterConsumptionFen", "QuarterRefundFen", "QuarterCardReturnFen", "AccountLabel", "Status", "ReturnReason",
        "QuarterEndCustodyFen", "RequiredCustodyFen", "SubmittedAtUtc", "ReturnCount", "LastReturnedAtUtc", "Revision", "WorkflowInstanceId",
        "VerifyDueAtUtc", "OperatorName", "DecidedAtUtc",
    ];

    private static readonly string[] SummaryColumns =
    [
        "Id", "TenantId", "Year", "Quarter", "QuarterEnd", "SubmittedAtUtc", "SubmittedBy", "Revision", "Operators", "Due", "Reported", "Pending", "Returned",
        "Accepted", "Overdue", "Connected", "Divergent", "PrepaidTotalFen", "BalanceFen", "CardsWithBalance", "QuarterPrepaidFen", "QuarterCardsIssued",
        "QuarterConsumptionFen", "QuarterRefundFen", "QuarterCardReturnFen",
    ];

    private static readonly string[] DishonestColumns =
    [
        "Id", "TenantId", "OperatorUserId", "OperatorName", "Duty", "PeriodStart", "BalanceFen", "MonthPrepaidFen", "MonthConsumptionFen", "MonthRefundFen",
        "CardsWithBalance", "FileBytes", "Status", "SubmittedAtUtc", "DecidedAtUtc", "Revision",
    ];

    private const int Running = 0, Completed = 1, WorkingDays = 0;

    /// <param name="HasAccount">An operator account exists already; <paramref name="Supervised"/>: Custody has its row already (an approval made by an earlier figure).</param>
    private sealed record FiledRow(
        Guid UserId, Guid TenantId, string Uscc, Guid FilingId, string FilingNumber, DateTime FiledAtUtc, Guid ApplicationId, string Name, DateOnly RegisteredOn,
        bool HasAccount, bool Supervised);

    private sealed record Report(Guid Id, FiledRow Operator, int Ordinal, ReportPeriod Period, int Index, ReportStatus Status, DateTime SubmittedAtUtc, DateTime? DecidedAtUtc, DateTime? DueAtUtc, long BaseFen)
    {
        public long BalanceFen => BaseFen;

        public long PrepaidTotalFen => (BaseFen * 2) + ((Index + 1) * QuarterPrepaidFen);

        public long QuarterPrepaidFen => 5_000_000L;

        public int CardsWithBalance => 100 + (Ordinal % 500);
    }

    public static async Task<SeededReporting> SeedAsync(BenchHost host, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var clock = host.Services.GetRequiredService<IClock>();
        var nowUtc = clock.UtcNow.UtcDateTime;
        var today = clock.TodayInShanghai;
        var lastEnded = ReportPeriod.Of(today).Previous;
        var bulk = new MySqlConnectionStringBuilder(host.Database.ConnectionString) { AllowLoadLocalInfile = true, DefaultCommandTimeout = 600 }.ConnectionString;
        await using var connection = new MySqlConnection(bulk);
        await connection.OpenAsync(cancellationToken);
        var operators = await FiledAsync(connection, cancellationToken);
        var (definitionId, definitionVersion) = await DefinitionAsync(connection, cancellationToken);
        var reviewers = await ReviewersAsync(connection, cancellationToken);
        await using (var command = new MySqlCommand("SET SESSION foreign_key_checks = 0, unique_checks = 0", connection))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        // The phones and account numbers protected as registration and binding protect them, with the host's own keys.
        await using var scope = host.Services.CreateAsyncScope();
        var protector = scope.ServiceProvider.GetRequiredService<IPersonalDataProtector>();
        var writer = new BulkWriter(connection);
        var rows = 0;
        // Each table's rows in the order of its clustered key (the text of a random Guid): InnoDB then appends pages
        // instead of splitting them all over a tree larger than the buffer pool.
        rows += await writer.WriteAsync("Identity_Users", UserColumns, InKeyOrder(Enumerable.Range(0, operators.Count).Where(i => !operators[i].HasAccount), i => operators[i].UserId).Select(i =>
        {
            var o = operators[i];
            var phone = ProtectedValue.ForPhone(protector, "1990" + (i + 1).ToString("D7", System.Globalization.CultureInfo.InvariantCulture));
            return new object?[]
            {
                o.UserId, o.TenantId, 3, o.Name, true, o.FiledAtUtc.AddDays(-10), "演示管理员", phone.Protected, phone.Hash, phone.Masked,
                o.FiledAtUtc.AddDays(-10), o.Uscc, o.Uscc.ToUpperInvariant(), false, Guid.NewGuid().ToString("N").ToUpperInvariant(), Guid.NewGuid().ToString(),
                false, false, true, 0,
            };
        }), cancellationToken);
        BenchContext.Log($"reporting seed: {rows:N0} operator accounts with their administrators' phones ({operators.Count:N0} operators on file)");

        var custodyIds = operators.Select(_ => (Operator: Guid.NewGuid(), Binding: Guid.NewGuid())).ToList();
        var accounts = operators.Select((_, i) => ProtectedValue.ForBankAccount(protector, "6225" + (i + 1).ToString("D12", System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var reports = InKeyOrder(operators.SelectMany((o, i) => ReportsOf(o, i, lastEnded, nowUtc)), r => r.Id);
        var lastAccepted = reports.Where(r => r.Status == ReportStatus.Accepted).GroupBy(r => r.Operator.UserId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Period)!);
        rows += await writer.WriteAsync("Custody_Operators", OperatorColumns, InKeyOrder(Enumerable.Range(0, operators.Count).Where(i => !operators[i].Supervised), i => custodyIds[i].Operator).Select(i =>
        {
            var o = operators[i];
            var listed = Listed(i);
            var accepted = lastAccepted.GetValueOrDefault(o.UserId);
            return new object?[]
            {
                custodyIds[i].Operator, o.TenantId, o.UserId, o.Uscc, o.Name, o.FilingId, o.FilingNumber, o.RegisteredOn, custodyIds[i].Binding, BankCode, "演示支行",
                accounts[i].Hash, 1, BaseFen(i), accepted?.BalanceFen, accepted?.Period.End, listed, listed ? "（基准）列入严重失信主体名单" : null,
                listed ? ListedAtUtc(today) : null, accounts[i].Hash, accounts[i].Masked, accounts[i].Protected,
            };
        }), cancellationToken);
        rows += await writer.WriteAsync("Custody_Bindings", BindingColumns, InKeyOrder(Enumerable.Range(0, operators.Count).Where(i => !operators[i].Supervised), i => custodyIds[i].Binding).Select(i => new object?[]
        {
            custodyIds[i].Binding, custodyIds[i].Operator, operators[i].TenantId, operators[i].ApplicationId, BankCode, "演示支行", operators[i].FiledAtUtc, accounts[i].Hash, accounts[i].Masked, accounts[i].Protected,
        }), cancellationToken);
        BenchContext.Log($"reporting seed: {operators.Count:N0} operators under custody supervision");

        var instanceIds = reports.ToDictionary(r => r.Id, _ => Guid.NewGuid());
        rows += await writer.WriteAsync("Reporting_QuarterlyReports", ReportColumns, reports.Select(r => new object?[]
        {
            r.Id, r.Operator.TenantId, r.Operator.UserId, r.Period.Year, r.Period.Quarter, r.Period.End, r.PrepaidTotalFen, r.BalanceFen, r.CardsWithBalance,
            r.QuarterPrepaidFen, 20, r.QuarterPrepaidFen, 0L, 0L, $"【{BankName}】{accounts[r.Ordinal].Masked}", (int)r.Status,
            r.Status == ReportStatus.Returned ? "季度消费金额与发卡系统数据不一致，请核对后重新报送。" : null, r.BalanceFen / 2, (r.BalanceFen * 2 + 4) / 5,
            r.SubmittedAtUtc, r.Status == ReportStatus.Returned ? 1 : 0, r.Status == ReportStatus.Returned ? r.DecidedAtUtc : null, 1, instanceIds[r.Id],
            r.DueAtUtc, r.Operator.Name, r.DecidedAtUtc,
        }), cancellationToken);
        rows += await writer.WriteAsync("Wf_Instances", CityRows.InstanceColumns, InKeyOrder(reports, r => instanceIds[r.Id]).Select(r => new object?[]
        {
            instanceIds[r.Id], definitionId, QuarterlyReport.WorkflowKey, definitionVersion, QuarterlyReport.SubjectType, r.Id.ToString(), r.Operator.TenantId,
            r.Status == ReportStatus.Accepted ? Completed : Running,
            r.Status switch { ReportStatus.Pending => "submitted", ReportStatus.Returned => "returned", _ => "verified" },
            r.SubmittedAtUtc, r.DecidedAtUtc ?? r.SubmittedAtUtc, r.Status == ReportStatus.Accepted ? r.DecidedAtUtc : null, r.DueAtUtc, r.Status == ReportStatus.Pending ? 1 : 2,
        }), cancellationToken);
        // A pending report's deadline timer waits while its 3 working days run; one past them fired already (the instance shows 已超时).
        rows += await writer.WriteAsync("Wf_Timers", CityRows.TimerColumns, reports.Where(r => r.Status == ReportStatus.Pending && r.DueAtUtc > nowUtc).Select(r => new object?[]
        {
            Guid.NewGuid(), instanceIds[r.Id], r.Operator.TenantId, "submitted", "verify-deadline", r.SubmittedAtUtc, 3, WorkingDays, r.DueAtUtc, null, true,
        }), cancellationToken);
        BenchContext.Log($"reporting seed: {reports.Count:N0} quarterly reports with their verification instances");

        rows += await writer.WriteAsync("Reporting_DistrictSummaries", SummaryColumns, Summaries(operators, reports, lastEnded, reviewers, today), cancellationToken);
        var listedCount = operators.Where((_, i) => Listed(i)).Count();
        rows += await writer.WriteAsync("Reporting_DishonestFilings", DishonestColumns, operators.SelectMany((o, i) => Listed(i) ? DishonestOf(o, i, today) : []), cancellationToken);
        await using (var analyze = new MySqlCommand("ANALYZE TABLE Identity_Users, Custody_Operators, Custody_Bindings, Reporting_QuarterlyReports, Wf_Instances, Wf_Timers, Reporting_DistrictSummaries, Reporting_DishonestFilings", connection))
        {
            await using var reader = await analyze.ExecuteReaderAsync(cancellationToken);
        }

        var unfiled = operators.Select((o, i) => PeriodsOf(o, lastEnded).Count).Sum() - reports.Count;
        BenchContext.Log($"reporting seed: {rows:N0} rows in {watch.Elapsed.TotalSeconds:F1} s");
        return new SeededReporting(operators.Count, reports.Count, reports.Count(r => r.Status == ReportStatus.Pending), reports.Count(r => r.Status == ReportStatus.Returned),
            reports.Count(r => r.Status == ReportStatus.Accepted), unfiled, listedCount, lastEnded, rows, watch.Elapsed);
    }

    private static List<T> InKeyOrder<T>(IEnumerable<T> rows, Func<T, Guid> key) => rows.OrderBy(r => key(r).ToString(), StringComparer.Ordinal).ToList();

    /// <summary>The operator's periods from its approval's quarter (the binding's Beijing day) to the last ended one.</summary>
    private static List<ReportPeriod> PeriodsOf(FiledRow o, ReportPeriod lastEnded)
    {
        var periods = new List<ReportPeriod>();
        for (var p = ReportPeriod.Of(DateOnly.FromDateTime(o.FiledAtUtc.AddHours(8))); p <= lastEnded; p = p.Next)
        {
            periods.Add(p);
        }

        return periods;
    }

    private static long BaseFen(int ordinal) => 50_000_000L + (ordinal % 1000) * 10_000L;

    private static bool Listed(int ordinal) => ordinal % ListedEvery == ListedEvery - 1;

    /// <summary>Listed on the 15th of the month five months back: its months since then are filed but the last ended one.</summary>
    private static DateTime ListedAtUtc(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-5).AddDays(14).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);

    private static uint Mix(int a, int b)
    {
        var h = (uint)a * 2_654_435_761u ^ (uint)(b + 1) * 40_503u;
        h ^= h >> 15;
        h *= 2_246_822_519u;
        return h ^ (h >> 13);
    }

    private static IEnumerable<Report> ReportsOf(FiledRow o, int ordinal, ReportPeriod lastEnded, DateTime nowUtc)
    {
        var periods = PeriodsOf(o, lastEnded);
        if (periods.Count == 0)
        {
            yield break;
        }

        // About 4 % stop filing at some period: it and every later one stay unfiled (提示(1): no period is skipped).
        var h = Mix(ordinal, -1);
        var stop = h % 100 < 4 ? (int)(h / 100 % (uint)periods.Count) : periods.Count;
        for (var k = 0; k < stop; k++)
        {
            var period = periods[k];
            var s = Mix(ordinal, k) % 100;
            var endUtc = period.End.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
            if (period == lastEnded && s < 10)
            {
                // 待核对: filed in the last ten days; its 3 working days end about five days later, so about half are 已超时.
                var submitted = nowUtc.AddDays(-1 - (int)(Mix(ordinal, 99) % 10)).AddMinutes(-(ordinal % 600));
                yield return new Report(Guid.NewGuid(), o, ordinal, period, k, ReportStatus.Pending, submitted, null, submitted.AddDays(5), BaseFen(ordinal));
                continue;
            }

            var status = s < (period == lastEnded ? 15u : 2u) ? ReportStatus.Returned : ReportStatus.Accepted;
            var filed = endUtc.AddDays(3 + (s % 15)).AddMinutes(ordinal % 600);
            yield return new Report(Guid.NewGuid(), o, ordinal, period, k, status, filed, filed.AddDays(2), null, BaseFen(ordinal));
        }
    }

    /// <summary>Each district's 季度汇总 of each ended quarter seeded, as QuarterBoard counts them; the last quarter's not yet submitted by every third district.</summary>
    private static IEnumerable<object?[]> Summaries(List<FiledRow> operators, List<Report> reports, ReportPeriod lastEnded, IReadOnlyDictionary<Guid, Guid> reviewers, DateOnly today)
    {
        var byPeriod = reports.GroupBy(r => (r.Operator.TenantId, r.Period)).ToDictionary(g => g.Key, g => g.ToList());
        var districts = operators.GroupBy(o => o.TenantId).ToList();
        for (var period = lastEnded.Previous.Previous.Previous; period <= lastEnded; period = period.Next)
        {
            var index = 0;
            foreach (var district in districts)
            {
                if (period == lastEnded && index++ % 3 == 2)
                {
                    continue;
                }

                var filed = byPeriod.GetValueOrDefault((district.Key, period)) ?? [];
                var due = district.Count(o => ReportPeriod.Of(DateOnly.FromDateTime(o.FiledAtUtc.AddHours(8))) <= period);
                var kept = filed.Where(r => r.Status != ReportStatus.Returned).ToList();
                var submittedAt = period.End.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(30);
                yield return
                [
                    Guid.NewGuid(), district.Key, period.Year, period.Quarter, period.End, submittedAt, reviewers.GetValueOrDefault(district.Key), 1, district.Count(), due,
                    filed.Count, filed.Count(r => r.Status == ReportStatus.Pending), filed.Count(r => r.Status == ReportStatus.Returned),
                    filed.Count(r => r.Status == ReportStatus.Accepted), due - filed.Count, 0, 0, kept.Sum(r => r.PrepaidTotalFen), kept.Sum(r => r.BalanceFen),
                    (long)kept.Sum(r => r.CardsWithBalance), kept.Sum(r => r.QuarterPrepaidFen), kept.Count * 20L, kept.Sum(r => r.QuarterPrepaidFen), 0L, 0L,
                ];
            }
        }
    }

    /// <summary>The listed operator's monthly reports from its listing month to the month before the last ended one, 已通过.</summary>
    private static IEnumerable<object?[]> DishonestOf(FiledRow o, int ordinal, DateOnly today)
    {
        var listed = DateOnly.FromDateTime(ListedAtUtc(today));
        var lastEnded = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        for (var month = new DateOnly(listed.Year, listed.Month, 1); month < lastEnded; month = month.AddMonths(1))
        {
            var submitted = month.AddMonths(1).AddDays(4).ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            yield return
            [
                Guid.NewGuid(), o.TenantId, o.UserId, o.Name, 1, month, BaseFen(ordinal), 1_000_000L, 1_000_000L, 0L, 100 + (ordinal % 500), 0L, (int)ReportStatus.Accepted,
                submitted, submitted.AddDays(2), 1,
            ];
        }
    }

    private static async Task<List<FiledRow>> FiledAsync(MySqlConnection connection, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT f.OperatorUserId, f.TenantId, f.Uscc, f.Id, f.FilingNumber, f.FiledAtUtc, f.ApplicationId, l.Name, l.RegistrationDate,
                   u.Id IS NOT NULL, c.Id IS NOT NULL
            FROM Filing_Filings f JOIN Filing_OperatorLicences l ON l.Uscc = f.Uscc
            LEFT JOIN Identity_Users u ON u.Id = f.OperatorUserId LEFT JOIN Custody_Operators c ON c.OperatorUserId = f.OperatorUserId
            WHERE f.Status = 'Filed' ORDER BY f.FilingNumber
            """;
        var rows = new List<FiledRow>();
        await using var command = new MySqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new FiledRow(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetGuid(3), reader.GetString(4), reader.GetDateTime(5),
                reader.GetGuid(6), reader.GetString(7), DateOnly.FromDateTime(reader.GetDateTime(8)), reader.GetBoolean(9), reader.GetBoolean(10)));
        }

        return rows;
    }

    private static async Task<(Guid Id, int Version)> DefinitionAsync(MySqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new MySqlCommand("SELECT Id, Version FROM Wf_Definitions WHERE `Key` = @key AND DistrictId = @city AND Status = 1", connection);
        command.Parameters.AddWithValue("@key", QuarterlyReport.WorkflowKey);
        command.Parameters.AddWithValue("@city", Guid.Empty.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetGuid(0), reader.GetInt32(1))
            : throw new InvalidOperationException($"The city's {QuarterlyReport.WorkflowKey} lifecycle is not published.");
    }

    /// <summary>The demo reviewer of each district (reviewer + code), who submits its summaries.</summary>
    private static async Task<Dictionary<Guid, Guid>> ReviewersAsync(MySqlConnection connection, CancellationToken cancellationToken)
    {
        var reviewers = new Dictionary<Guid, Guid>();
        await using var command = new MySqlCommand("SELECT u.TenantId, u.Id FROM Identity_Users u JOIN Platform_Tenants t ON t.Id = u.TenantId WHERE u.UserName = CONCAT('reviewer', t.Code)", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            reviewers[reader.GetGuid(0)] = reader.GetGuid(1);
        }

        return reviewers;
    }
}

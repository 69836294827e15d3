using System.Globalization;
using MySqlConnector;
using PrepaidPlatform.Benchmarks.Harness;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// (issue 13 · Speed) The district's 数据核对 queue (待核对, 已超时, 全部 and a deep page of 全部), its 季度汇总 (computed live
/// from QuarterBoard over the district's operators on file) and the city's 各区季度汇总, over the city's quarterly reports
/// (every approved operator, each of its quarters from its approval's to the last ended one), signed in through the real
/// login page, one request at a time, p95. Baselines: each page's main queries in raw SQL (for 全部, the single query the
/// page made before it read its keys off an index first: the count, then the rows sorted). Target: ≤ 300 ms p95.
/// </summary>
internal sealed class ReportingPagesBenchmark : IBenchmark
{
    public string Name => "数据核对与季度汇总 p95";

    private const string Reports = "Reporting_QuarterlyReports";

    private sealed record ReportingPage(string Name, string Url, bool City, string RawSql, string? Expect);

    public async Task<Figure> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var seeded = await context.ReportingAsync(cancellationToken);
        var requests = context.Options.Quick ? 20 : 100;
        var connectionString = context.Host.Database.ConnectionString;
        var district = context.City.Districts[0];
        var quarterEnd = seeded.LastEnded.End;
        var all = await CountAsync(connectionString, $"SELECT COUNT(*) FROM {Reports} WHERE TenantId = @tenant AND WorkflowInstanceId IS NOT NULL", district.Id, cancellationToken);
        var deep = Math.Max(1, (all / 20) / 2);
        var pages = new ReportingPage[]
        {
            new("数据核对 待核对 (区)", "/Reporting/Verification?filter=Pending", false, $"""
                SELECT COUNT(*) FROM {Reports} WHERE TenantId = @tenant AND WorkflowInstanceId IS NOT NULL AND Status = 1;
                SELECT * FROM {Reports} WHERE TenantId = @tenant AND WorkflowInstanceId IS NOT NULL AND Status = 1 ORDER BY SubmittedAtUtc, Id LIMIT 20
                """, "data-testid=\"report-row\""),
            new("数据核对 已超时 (区)", "/Reporting/Verification?filter=Overdue", false, $"""
                SELECT COUNT(*) FROM {Reports} WHERE TenantId = @tenant AND WorkflowInstanceId IS NOT NULL AND Status = 1 AND VerifyDueAtUtc <= @now;
                SELECT * FROM {Reports} WHERE TenantId = @tenant AND WorkflowInstanceId IS NOT NULL AND Status = 1 AND VerifyDueAtUtc <= @now ORDER BY SubmittedAtUtc, Id LIMIT 20
                """, "data-testid=\"overdue\""),
            new("数据核对 全部 (区)", "/Reporting/Verification?filter=All", false, $"""
                SELECT COUNT(*) FROM {Reports} WHERE TenantId = @tenant AND WorkflowInstanceId IS NOT NULL;
                SELECT * FROM {Reports} WHERE TenantId = @tenant AND WorkflowInstanceId IS NOT NULL ORDER BY SubmittedAtUtc DESC, Id LIMIT 20
                """, "data-testid=\"report-row\""),
            new($"数据核对 全部 第 {deep:N0} 页 (区)", $"/Reporting/Verification?filter=All&p={deep}", false, $"""
                SELECT COUNT(*) FROM {Reports} WHERE TenantId = @tenant AND WorkflowInstanceId IS NOT NULL;
                SELECT * FROM {Reports} WHERE TenantId = @tenant AND WorkflowInstanceId IS NOT NULL ORDER BY SubmittedAtUtc DESC, Id LIMIT {(deep - 1) * 20}, 20
                """, "data-testid=\"report-row\""),
            new("季度汇总 (区, 实时)", "/Reporting/Summary", false, $"""
                SELECT f.OperatorUserId, f.TenantId, f.Uscc, f.FiledOn, l.Name, a.ShopName, a.IndustryCode, a.StreetCode FROM Filing_Filings f
                JOIN Filing_Applications a ON a.Id = f.ApplicationId LEFT JOIN Filing_OperatorLicences l ON l.Uscc = f.Uscc WHERE f.TenantId = @tenant AND f.Status = 'Filed';
                SELECT * FROM {Reports} WHERE TenantId = @tenant AND QuarterEnd = @quarterEnd;
                SELECT OperatorUserId, SUM(PrepaidTotalFen), SUM(BalanceFen), SUM(CardsIssued), SUM(CardsWithBalance) FROM Reporting_CardFeedRecords
                WHERE TenantId = @tenant AND Day = @quarterEnd GROUP BY OperatorUserId
                """, "data-testid=\"summary-total\""),
            new("各区季度汇总 (市)", "/Reporting/Summary/City", true,
                "SELECT * FROM Reporting_DistrictSummaries WHERE QuarterEnd = @quarterEnd", "合计"),
        };

        using var reviewer = await context.Host.SignedInOverKestrelAsync(district.Reviewer);
        using var city = await context.Host.SignedInOverKestrelAsync("cityadmin");
        var now = context.Host.Clock.GetUtcNow().UtcDateTime;
        var measures = new List<Measure>();
        var plans = new List<string>();
        foreach (var page in pages)
        {
            var parameters = new Dictionary<string, object> { ["@tenant"] = district.Id.ToString(), ["@now"] = now, ["@quarterEnd"] = quarterEnd.ToDateTime(TimeOnly.MinValue) };
            plans.Add($"{page.Name}: {await OneAtATime.PlanAsync(connectionString, page.RawSql, parameters, cancellationToken)}");
            var client = page.City ? city : reviewer;
            var pageTimes = await OneAtATime.TimeAsync(requests, async () =>
            {
                var html = await OneAtATime.ExpectOkAsync(client.Http, page.Url, cancellationToken);
                if (page.Expect is { } expected && !html.Contains(expected, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"GET {page.Url} shows no {expected}: the seeded reports are not on it");
                }
            });
            var rawTimes = await OneAtATime.TimeAsync(requests, () => OneAtATime.RawAsync(connectionString, page.RawSql, parameters, cancellationToken));
            var p95 = pageTimes.Percentile(95);
            measures.Add(new Measure(page.Name, p95, "ms", rawTimes.Percentile(95), "≤ 300 ms", p95 <= 300));
            BenchContext.Log($"{page.Name}: p95 {p95:F1} ms (raw {rawTimes.Percentile(95):F1} ms)");
        }

        var perDistrict = seeded.Operators / context.City.Districts.Count;
        return new Figure(Name, measures,
            $"{requests} requests per page after 3 to warm up, one at a time; {seeded.Operators:N0} operators on file, {seeded.Reports:N0} quarterly reports up to " +
            $"{seeded.LastEnded.Name} ({seeded.Accepted:N0} 已通过, {seeded.Pending:N0} 待核对, {seeded.Returned:N0} 已退回; {seeded.Unfiled:N0} periods not filed), seeded in " +
            $"{seeded.Took.TotalSeconds:F1} s ({seeded.Rows:N0} rows with the operators' accounts, custody rows and the reports' instances); district {district.Name} " +
            $"(about {perDistrict:N0} operators, {all:N0} reports in its queue's 全部), the city over {context.City.Districts.Count} districts' submitted summaries. " +
            $"EXPLAIN of each page's queries — {string.Join("; ", plans)}");
    }

    private static async Task<int> CountAsync(string connectionString, string sql, Guid tenant, CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new MySqlCommand(sql, connection);
        command.Parameters.AddWithValue("@tenant", tenant.ToString());
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}

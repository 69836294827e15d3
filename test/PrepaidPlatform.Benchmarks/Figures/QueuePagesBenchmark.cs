using PrepaidPlatform.Benchmarks.Harness;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// (c) The work pages at the seeded size, signed in through the real login page: the district's 备案审核 queue (待办, and
/// 全部 over every application of the district) and 流程实例 (the district's, and the city's over all districts). One
/// request at a time, p95. Baseline: the page's main query in raw SQL (the page of rows and, for the instance list, its
/// count). Target: ≤ 300 ms p95.
/// </summary>
internal sealed class QueuePagesBenchmark : IBenchmark
{
    public string Name => "工作页 p95";

    private sealed record WorkPage(string Name, string Url, bool City, string RawSql);

    private static readonly WorkPage[] Pages =
    [
        new("备案审核 待办 (区)", "/Filing/Applications", false, """
            SELECT a.*, i.CurrentState, i.DueAtUtc FROM Filing_Applications a LEFT JOIN Wf_Instances i ON i.Id = a.WorkflowInstanceId
            WHERE a.TenantId = @tenant AND a.Status IN ('Submitted', 'UnderReview') ORDER BY a.SubmittedAtUtc LIMIT 50
            """),
        new("备案审核 全部 (区)", "/Filing/Applications?filter=All", false, """
            SELECT a.*, i.CurrentState, i.DueAtUtc FROM Filing_Applications a LEFT JOIN Wf_Instances i ON i.Id = a.WorkflowInstanceId
            WHERE a.TenantId = @tenant AND a.Status <> 'Draft' ORDER BY a.SubmittedAtUtc DESC LIMIT 50
            """),
        new("流程实例 (区)", "/Workflows/Instances", false, """
            SELECT COUNT(*) FROM Wf_Instances WHERE TenantId = @tenant;
            SELECT * FROM Wf_Instances WHERE TenantId = @tenant ORDER BY StartedAtUtc DESC, Id LIMIT 20
            """),
        new("流程实例 (市, 全部区)", "/Workflows/Instances", true, """
            SELECT COUNT(*) FROM Wf_Instances;
            SELECT * FROM Wf_Instances ORDER BY StartedAtUtc DESC, Id LIMIT 20
            """),
    ];

    public async Task<Figure> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var requests = context.Options.Quick ? 20 : 100;
        // The most populous district: districts are filled round-robin, so the first has at least as many as any other.
        var district = context.City.Districts[0];
        using var reviewer = await context.Host.SignedInOverKestrelAsync(district.Reviewer);
        using var city = await context.Host.SignedInOverKestrelAsync("cityadmin");
        var measures = new List<Measure>();
        var plans = new List<string>();
        foreach (var page in Pages)
        {
            var parameters = new Dictionary<string, object> { ["@tenant"] = district.Id.ToString() };
            // The page's row query: its last statement.
            var rowQuery = page.RawSql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
            plans.Add($"{page.Name}: {await OneAtATime.PlanAsync(context.Host.Database.ConnectionString, rowQuery, parameters, cancellationToken)}");
            var client = page.City ? city : reviewer;
            var pageTimes = await OneAtATime.TimeAsync(requests, () => OneAtATime.ExpectOkAsync(client.Http, page.Url, cancellationToken));
            var rawTimes = await OneAtATime.TimeAsync(requests, () => OneAtATime.RawAsync(context.Host.Database.ConnectionString, page.RawSql, parameters, cancellationToken));
            var p95 = pageTimes.Percentile(95);
            measures.Add(new Measure(page.Name, p95, "ms", rawTimes.Percentile(95), "≤ 300 ms", p95 <= 300));
            BenchContext.Log($"{page.Name}: p95 {p95:F1} ms");
        }

        return new Figure(Name, measures,
            $"{requests} requests per page after 3 to warm up, one at a time; district {district.Name} ({context.City.Pending.Count / context.City.Districts.Count:N0} open applications " +
            $"and {(context.Options.Operators + context.City.Pending.Count) / context.City.Districts.Count:N0} instances), the city over all {context.Options.Operators + context.City.Pending.Count:N0}. " +
            $"EXPLAIN of each page's row query — {string.Join("; ", plans)}");
    }
}

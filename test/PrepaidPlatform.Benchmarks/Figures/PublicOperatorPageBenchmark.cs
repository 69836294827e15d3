using PrepaidPlatform.Benchmarks.Harness;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// Issue 18's public operator page, /Gongshi/Operator/{备案编号} (信用公示 · 经营者详情: the filing, its risk code, the
/// published records, custody compliance and the card-system connection), with random seeded numbers at 64 connections,
/// against the same raw endpoint as the filing-code page. Target: ≥ 0.7× raw, p99 ≤ 50 ms.
/// </summary>
internal sealed class PublicOperatorPageBenchmark : IBenchmark
{
    private const int Connections = 64;

    public string Name => "公示经营者页 /Gongshi/Operator/{备案编号}";

    public async Task<Figure> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var numbers = context.City.FilingNumbers;
        string Random(string prefix) => prefix + numbers[System.Random.Shared.Next(numbers.Count)];
        var warmUp = TimeSpan.FromSeconds(context.Options.Quick ? 1 : 3);
        await HttpLoad.RunAsync(context.Host.BaseAddress, Connections, warmUp, () => Random(RawFilingEndpoint.Path + "/"), cancellationToken);
        await HttpLoad.RunAsync(context.Host.BaseAddress, Connections, warmUp, () => Random("/Gongshi/Operator/"), cancellationToken);
        var raw = await HttpLoad.RunAsync(context.Host.BaseAddress, Connections, context.Options.LoadDuration, () => Random(RawFilingEndpoint.Path + "/"), cancellationToken);
        BenchContext.Log($"raw: {raw.RequestsPerSecond:F0} req/s, {raw.Failures} failed");
        var commandsBefore = context.Host.Commands.Total;
        var page = await HttpLoad.RunAsync(context.Host.BaseAddress, Connections, context.Options.LoadDuration, () => Random("/Gongshi/Operator/"), cancellationToken);
        var commandsPerPage = (context.Host.Commands.Total - commandsBefore) / (double)Math.Max(1, page.Requests);
        BenchContext.Log($"page: {page.RequestsPerSecond:F0} req/s, {page.Failures} failed");
        var p99 = page.Latencies.Percentile(99);
        return new Figure(Name,
        [
            new Measure("req/s", page.RequestsPerSecond, "req/s", raw.RequestsPerSecond, "≥ 0.7× raw", page.RequestsPerSecond >= 0.7 * raw.RequestsPerSecond),
            new Measure("p50", page.Latencies.Percentile(50), "ms", raw.Latencies.Percentile(50)),
            new Measure("p99", p99, "ms", raw.Latencies.Percentile(99), "≤ 50 ms", p99 <= 50),
            new Measure("SQL commands per request", commandsPerPage, "", RawFilingEndpoint.Commands),
            new Measure("failed requests", page.Failures, "", raw.Failures),
        ],
            $"{Connections} connections × {context.Options.LoadDuration.TotalSeconds:F0} s each, {page.Requests:N0} page and {raw.Requests:N0} raw requests over {numbers.Count:N0} numbers; " +
            "the portal's cache as in production (60 s): random numbers among this many rarely meet it again. The raw endpoint reads the filing's row as for the filing-code page");
    }
}

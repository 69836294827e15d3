namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>A public page's load and the raw endpoint's, both warmed first: what both public-page figures measure alike.</summary>
internal sealed record PublicPageLoad(LoadResult Raw, LoadResult Page, double CommandsPerPage, int ViewRows, TimeSpan ViewBuild)
{
    public const int Connections = 64;

    /// <summary>Random seeded 备案编号 after <paramref name="pagePrefix"/>, then the raw endpoint, one after the other on the same host.</summary>
    public static async Task<PublicPageLoad> RunAsync(BenchContext context, string pagePrefix, CancellationToken cancellationToken)
    {
        var numbers = context.City.FilingNumbers;
        // The stored views, as the nightly build leaves them (built once for both figures, untimed here).
        var (viewRows, viewBuild) = await context.PublicViewsAsync(cancellationToken);
        string Random(string prefix) => prefix + numbers[System.Random.Shared.Next(numbers.Count)];
        var warmUp = TimeSpan.FromSeconds(context.Options.Quick ? 1 : 3);
        // Warm both paths first (JIT, Razor, connection pools).
        await HttpLoad.RunAsync(context.Host.BaseAddress, Connections, warmUp, () => Random(RawFilingEndpoint.Path + "/"), cancellationToken);
        await HttpLoad.RunAsync(context.Host.BaseAddress, Connections, warmUp, () => Random(pagePrefix), cancellationToken);
        var raw = await HttpLoad.RunAsync(context.Host.BaseAddress, Connections, context.Options.LoadDuration, () => Random(RawFilingEndpoint.Path + "/"), cancellationToken);
        BenchContext.Log($"raw: {raw.RequestsPerSecond:F0} req/s, {raw.Failures} failed");
        var commandsBefore = context.Host.Commands.Total;
        var page = await HttpLoad.RunAsync(context.Host.BaseAddress, Connections, context.Options.LoadDuration, () => Random(pagePrefix), cancellationToken);
        // Every EF command of the host during the load, the background jobs' few included, per page served.
        var commandsPerPage = (context.Host.Commands.Total - commandsBefore) / (double)Math.Max(1, page.Requests);
        BenchContext.Log($"{pagePrefix}: {page.RequestsPerSecond:F0} req/s, {page.Failures} failed");
        return new PublicPageLoad(raw, page, commandsPerPage, viewRows, viewBuild);
    }

    /// <summary>The measures both figures show: rate against raw (≥ 0.7×), p50, p99 (≤ 50 ms), commands, failures.</summary>
    public IEnumerable<Measure> Measures()
    {
        var p99 = Page.Latencies.Percentile(99);
        yield return new Measure("req/s", Page.RequestsPerSecond, "req/s", Raw.RequestsPerSecond, "≥ 0.7× raw", Page.RequestsPerSecond >= 0.7 * Raw.RequestsPerSecond);
        yield return new Measure("p50", Page.Latencies.Percentile(50), "ms", Raw.Latencies.Percentile(50));
        yield return new Measure("p99", p99, "ms", Raw.Latencies.Percentile(99), "≤ 50 ms", p99 <= 50);
        yield return new Measure("SQL commands per request", CommandsPerPage, "", RawFilingEndpoint.Commands);
        yield return new Measure("failed requests", Page.Failures, "", Raw.Failures);
        yield return new Measure("stored views built before the load (both pages)", ViewRows, "", null);
        yield return new Measure("their build", ViewBuild.TotalSeconds, "s", null);
    }
}

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>A public page's load and the raw endpoint's, both warmed first: what both public-page figures measure alike.</summary>
internal sealed record PublicPageLoad(LoadResult Raw, LoadResult Stored, LoadResult Page, double CommandsPerPage, int ViewRows, TimeSpan ViewBuild, TimeSpan PageWarmUp)
{
    public const int Connections = 64;

    /// <summary>
    /// Random seeded 备案编号 on the raw endpoint, on the page's data path alone (<see cref="StoredViewEndpoint"/>, the
    /// page's stored view of <paramref name="viewKind"/>) and after <paramref name="pagePrefix"/>, one after the other on the same host.
    /// </summary>
    public static async Task<PublicPageLoad> RunAsync(BenchContext context, string pagePrefix, string viewKind, CancellationToken cancellationToken)
    {
        var numbers = context.City.FilingNumbers;
        // The stored views, as the nightly build leaves them (built once for both figures, untimed here).
        var (viewRows, viewBuild) = await context.PublicViewsAsync(cancellationToken);
        string Random(string prefix) => prefix + numbers[System.Random.Shared.Next(numbers.Count)];
        // Warm both paths first (JIT, Razor, connection pools), each until its code is settled (JitWarmUp).
        // Quick mode (CI, under 2 minutes in all) only checks that the figure runs: a second is its whole warm-up.
        var (minimum, maximum) = context.Options.Quick ? (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)) : (TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(60));
        var rawWarmUp = await JitWarmUp.RunAsync(d => HttpLoad.RunAsync(context.Host.BaseAddress, Connections, d, () => Random(RawFilingEndpoint.Path + "/"), cancellationToken), minimum, maximum);
        var pageWarmUp = await JitWarmUp.RunAsync(d => HttpLoad.RunAsync(context.Host.BaseAddress, Connections, d, () => Random(pagePrefix), cancellationToken), minimum, maximum);
        BenchContext.Log($"warm-up until the JIT settled: raw {rawWarmUp.Took.TotalSeconds:F0} s{(rawWarmUp.Settled ? "" : " (not settled)")}, " +
            $"{pagePrefix} {pageWarmUp.Took.TotalSeconds:F0} s{(pageWarmUp.Settled ? "" : " (not settled)")}");
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime(currentThread: false);
        var raw = await HttpLoad.RunAsync(context.Host.BaseAddress, Connections, context.Options.LoadDuration, () => Random(RawFilingEndpoint.Path + "/"), cancellationToken);
        var jitAfterRaw = System.Runtime.JitInfo.GetCompilationTime(currentThread: false);
        BenchContext.Log($"raw: {raw.RequestsPerSecond:F0} req/s, {raw.Failures} failed, JIT {(jitAfterRaw - jitBefore).TotalMilliseconds:F0} ms");
        var stored = await HttpLoad.RunAsync(context.Host.BaseAddress, Connections, context.Options.LoadDuration, () => Random($"{StoredViewEndpoint.Path}/{viewKind}/"), cancellationToken);
        BenchContext.Log($"the stored view alone: {stored.RequestsPerSecond:F0} req/s, {stored.Failures} failed");
        var commandsBefore = context.Host.Commands.Total;
        var page = await HttpLoad.RunAsync(context.Host.BaseAddress, Connections, context.Options.LoadDuration, () => Random(pagePrefix), cancellationToken);
        // Every EF command of the host during the load, the background jobs' few included, per page served.
        var commandsPerPage = (context.Host.Commands.Total - commandsBefore) / (double)Math.Max(1, page.Requests);
        BenchContext.Log($"{pagePrefix}: {page.RequestsPerSecond:F0} req/s, {page.Failures} failed, JIT {(System.Runtime.JitInfo.GetCompilationTime(currentThread: false) - jitAfterRaw).TotalMilliseconds:F0} ms");
        return new PublicPageLoad(raw, stored, page, commandsPerPage, viewRows, viewBuild, pageWarmUp.Took);
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
        yield return new Measure("req/s of the page's data path alone (its stored view, no pipeline, no page)", Stored.RequestsPerSecond, "req/s", Raw.RequestsPerSecond);
        yield return new Measure("failed requests of the data path alone (a view not current)", Stored.Failures, "", Raw.Failures);
        yield return new Measure("stored views built before the load (both pages)", ViewRows, "", null);
        yield return new Measure("their build", ViewBuild.TotalSeconds, "s", null);
        yield return new Measure("the page's warm-up, until the JIT settled", PageWarmUp.TotalSeconds, "s", null);
    }
}

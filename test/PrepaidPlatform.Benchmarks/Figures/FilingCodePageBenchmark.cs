using PrepaidPlatform.Benchmarks.Harness;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// (a) The public filing-code page a consumer's scan opens, /FilingCode/{备案编号} with random seeded numbers, 64
/// connections, against the raw endpoint that reads the same row in the same process. Target: ≥ 0.7× raw, p99 ≤ 50 ms.
/// </summary>
internal sealed class FilingCodePageBenchmark : IBenchmark
{
    public string Name => "公示页 /FilingCode/{备案编号}";

    public async Task<Figure> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var numbers = context.City.FilingNumbers;
        var load = await PublicPageLoad.RunAsync(context, "/FilingCode/", PrepaidPlatform.Filing.Application.FilingCodeReader.ViewKind, cancellationToken);
        var (raw, page) = (load.Raw, load.Page);
        // The same page without a number: layout, search form and middleware, no SQL. Where the page's cost lies, between
        // the raw endpoint, this shell and the full page.
        var shell = await HttpLoad.RunAsync(context.Host.BaseAddress, PublicPageLoad.Connections, context.Options.LoadDuration, () => "/FilingCode", cancellationToken);
        BenchContext.Log($"page shell: {shell.RequestsPerSecond:F0} req/s, {shell.Failures} failed");
        // A viral poster: every scan opens the same number, which the page's cache answers without the database.
        var viralNumber = "/FilingCode/" + numbers[0];
        var viralCommandsBefore = context.Host.Commands.Total;
        var viral = await HttpLoad.RunAsync(context.Host.BaseAddress, PublicPageLoad.Connections, context.Options.LoadDuration / 3, () => viralNumber, cancellationToken);
        var viralCommands = (context.Host.Commands.Total - viralCommandsBefore) / (double)Math.Max(1, viral.Requests);
        BenchContext.Log($"one number: {viral.RequestsPerSecond:F0} req/s, {viral.Failures} failed");
        return new Figure(Name,
        [
            .. load.Measures(),
            new Measure("req/s of /FilingCode without a number (no SQL)", shell.RequestsPerSecond, "req/s", raw.RequestsPerSecond),
            new Measure("req/s of one number (a viral QR code)", viral.RequestsPerSecond, "req/s", raw.RequestsPerSecond),
            new Measure("SQL commands per request, one number", viralCommands, "", RawFilingEndpoint.Commands),
        ],
            $"{PublicPageLoad.Connections} connections × {context.Options.LoadDuration.TotalSeconds:F0} s each, {page.Requests:N0} page and {raw.Requests:N0} raw requests over {numbers.Count:N0} numbers " +
            "(the page's cache as in production, 60 s and 10,000 answers: random numbers among this many rarely meet it again; the one-number run, a third as long, shows what it does for a viral code)");
    }
}

using PrepaidPlatform.Benchmarks.Harness;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// Issue 18's public operator page, /Gongshi/Operator/{备案编号} (信用公示 · 经营者详情: the filing, its risk code, the
/// published records, custody compliance and the card-system connection), with random seeded numbers at 64 connections,
/// against the same raw endpoint as the filing-code page. Target: ≥ 0.7× raw, p99 ≤ 50 ms.
/// </summary>
internal sealed class PublicOperatorPageBenchmark : IBenchmark
{
    public string Name => "公示经营者页 /Gongshi/Operator/{备案编号}";

    public async Task<Figure> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var load = await PublicPageLoad.RunAsync(context, "/Gongshi/Operator/", PrepaidPlatform.Portal.Application.PublicDisclosure.OperatorViewKind, cancellationToken);
        return new Figure(Name, load.Measures().ToList(),
            $"{PublicPageLoad.Connections} connections × {context.Options.LoadDuration.TotalSeconds:F0} s each, {load.Page.Requests:N0} page and {load.Raw.Requests:N0} raw requests " +
            $"over {context.City.FilingNumbers.Count:N0} numbers; the portal's cache as in production (60 s): random numbers among this many rarely meet it again. " +
            "The raw endpoint reads the filing's row as for the filing-code page");
    }
}

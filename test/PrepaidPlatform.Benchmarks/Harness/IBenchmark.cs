namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>
/// One figure of the table. A module that lands later adds its figure as one class implementing this and one line in
/// <see cref="BenchmarkCatalog"/>; the harness seeds, hosts, times and prints.
/// </summary>
internal interface IBenchmark
{
    /// <summary>The figure's name in the table, e.g. "公示页 /FilingCode".</summary>
    string Name { get; }

    Task<Figure> RunAsync(BenchContext context, CancellationToken cancellationToken);
}

/// <summary>One measured value beside its raw baseline from the same run (when it has one) and the target.</summary>
/// <param name="Met">Whether the target is met; null when there is no target. Printed only: the harness asserts nothing.</param>
internal sealed record Measure(string Metric, double Value, string Unit, double? Baseline = null, string? Target = null, bool? Met = null)
{
    /// <summary>Platform ÷ raw: above 1 for a rate means faster than raw, for a time it means slower.</summary>
    public double? Ratio => Baseline is { } b && b != 0 ? Value / b : null;
}

internal sealed record Figure(string Name, IReadOnlyList<Measure> Measures, string? Note = null);

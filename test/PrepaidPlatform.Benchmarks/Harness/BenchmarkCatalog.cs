using PrepaidPlatform.Benchmarks.Figures;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>The figures in the order they run. Host memory comes last: it is the RSS after all the load before it.</summary>
internal static class BenchmarkCatalog
{
    public static IReadOnlyList<IBenchmark> All =>
    [
        new FilingCodePageBenchmark(),
        new PublicOperatorPageBenchmark(),
        new WorkflowTransitionBenchmark(),
        new QueuePagesBenchmark(),
        new RedemptionSiteImportBenchmark(),
        new CustodyIngestionBenchmark(),
        new CardFeedIngestionBenchmark(),
        new PortalAndDashboardsBenchmark(),
        new RiskCodeRecomputeBenchmark(),
        new HostMemoryBenchmark(),
        // After the memory figure, so that its RSS stays comparable with the runs before Reporting's figures existed.
        new ReportingPagesBenchmark(),
        new ReportRemindersBenchmark(),
    ];
}

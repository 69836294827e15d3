using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Benchmarks.Harness;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// The nightly recompute measured in a process of its own: this program started again with <see cref="Argument"/>, which
/// starts the host (Kestrel, Quartz, every module) on the seeded city's database and runs the night twice, as the 01:30
/// job does. The memory target is the host's: in the harness's own process the seed's buffers (a million rows generated
/// and copied) were still resident when the night began, 390–480 MiB before the job allocated anything.
/// </summary>
internal static class RiskNightProcess
{
    public const string Argument = "--risk-night-process";
    private const string ResultPrefix = "RISK-NIGHTS ";
    private const double MiB = 1024 * 1024;

    public sealed record Night(double Seconds, double RssBeforeMiB, double RssPeakMiB, double ManagedAddedMiB);

    /// <summary>Starts the process on <paramref name="connectionString"/> and returns its two nights.</summary>
    public static Task<Night[]> RunAsync(string connectionString, CancellationToken cancellationToken) =>
        OwnProcess.RunAsync<Night[]>(ResultPrefix, [Argument, connectionString], cancellationToken);

    /// <summary>The second process: the host on the existing database, two nights, the figures as one line on stdout.</summary>
    public static async Task<int> MainAsync(string connectionString)
    {
        using var host = new BenchHost(TestDatabase.Existing("MySql", connectionString));
        host.StartServer();
        // The host's start-up work (seed checks, Quartz's first poll) is over before the level the night is measured from.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var nights = new[] { await NightAsync(host), await NightAsync(host) };
        OwnProcess.Report(ResultPrefix, nights);
        return 0;
    }

    private static async Task<Night> NightAsync(BenchHost host)
    {
        var sampler = MemorySampler.Start();
        var rssBefore = MemorySampler.Rss() / MiB;
        var watch = Stopwatch.StartNew();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RiskCodes>().RecomputeAllAsync("每日重算", CancellationToken.None);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        await sampler.DisposeAsync();
        return new Night(seconds, rssBefore, rssBefore + sampler.RssPeakMiB, sampler.ManagedPeakMiB);
    }
}

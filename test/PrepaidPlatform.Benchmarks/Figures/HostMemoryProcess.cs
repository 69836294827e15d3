using System.Globalization;
using MySqlConnector;
using PrepaidPlatform.Benchmarks.Harness;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// The host's memory after a day's kind of load, in a process of its own: this program started again with
/// <see cref="Argument"/> starts the host on the seeded city's database and loads it from inside, as the harness loads its
/// own host — the consumers' pages at 64 connections, the staff's work pages signed in — then reads its resident set.
/// The harness's process cannot tell the host's memory: it also holds what the seed generated and copied (a million
/// rows and more), which neither the garbage collector nor glibc gives back to the system.
/// </summary>
internal static class HostMemoryProcess
{
    public const string Argument = "--host-memory-process";
    private const string ResultPrefix = "HOST-MEMORY ";
    private const double MiB = 1024 * 1024;
    private const int Connections = 64;

    public sealed record Result(double RssAfterStartMiB, double RssAfterLoadMiB, double RssAfterCollectMiB, double ManagedMiB, int Requests, int Failures, string Load);

    public static Task<Result> RunAsync(string connectionString, BenchOptions options, CancellationToken cancellationToken) =>
        OwnProcess.RunAsync<Result>(ResultPrefix,
            [Argument, connectionString, options.LoadDuration.TotalSeconds.ToString(CultureInfo.InvariantCulture), options.Quick ? "quick" : "full"], cancellationToken);

    /// <summary>The second process: the host on the existing database, the load, the memory as one line on stdout.</summary>
    public static async Task<int> MainAsync(string connectionString, string seconds, string mode)
    {
        var duration = TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture));
        var requestsPerPage = mode == "quick" ? 20 : 100;
        using var host = new BenchHost(TestDatabase.Existing("MySql", connectionString));
        host.StartServer();
        // The host's start-up work (seed checks, Quartz's first poll) is over before the level the load is measured from.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var afterStart = MemorySampler.Rss() / MiB;
        var numbers = await ColumnAsync(connectionString, "SELECT FilingNumber FROM Filing_Filings WHERE FilingNumber IS NOT NULL");
        var district = (await ColumnAsync(connectionString, "SELECT Code FROM Platform_Tenants WHERE IsActive ORDER BY SortOrder LIMIT 1"))[0];

        string RandomNumber() => numbers[Random.Shared.Next(numbers.Count)];
        var loads = new List<LoadResult>
        {
            // The scans of filing codes, as the public page's figure loads them, then the portal's searches and operator pages.
            await HttpLoad.RunAsync(host.BaseAddress, Connections, duration, () => "/FilingCode/" + RandomNumber(), CancellationToken.None),
            await HttpLoad.RunAsync(host.BaseAddress, Connections, duration / 3, () => "/Gongshi?q=" + RandomNumber(), CancellationToken.None),
            await HttpLoad.RunAsync(host.BaseAddress, Connections, duration / 3,
                () => "/Gongshi?q=" + Uri.EscapeDataString("企业" + Random.Shared.Next(10_000).ToString("D4", CultureInfo.InvariantCulture)), CancellationToken.None),
        };
        var staffRequests = 0;
        // The district's reviewer only: the city's administrator enrolled a second factor in the harness's process, whose
        // authenticator key and key ring this process does not have.
        using (var reviewer = await host.SignedInOverKestrelAsync("reviewer" + district))
        {
            foreach (var url in new[] { "/Filing/Applications", "/Filing/Applications?filter=All", "/Workflows/Instances", "/Supervision" })
            {
                for (var i = 0; i < requestsPerPage; i++)
                {
                    await OneAtATime.ExpectOkAsync(reviewer.Http, url, CancellationToken.None);
                    staffRequests++;
                }
            }
        }

        var afterLoad = MemorySampler.Rss() / MiB;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var afterCollect = MemorySampler.Rss() / MiB;
        var requests = loads.Sum(l => l.Requests);
        OwnProcess.Report(ResultPrefix, new Result(afterStart, afterLoad, afterCollect, GC.GetTotalMemory(forceFullCollection: false) / MiB,
            requests + staffRequests, loads.Sum(l => l.Failures),
            $"{loads[0].Requests:N0} filing-code pages ({Connections} connections, {duration.TotalSeconds:F0} s), {loads[1].Requests + loads[2].Requests:N0} portal searches " +
            $"by number and by name ({duration.TotalSeconds / 3:F0} s each), {staffRequests:N0} staff pages signed in (the review queue, instances and dashboard of district {district})"));
        return 0;
    }

    private static async Task<List<string>> ColumnAsync(string connectionString, string sql)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

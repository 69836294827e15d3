using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Benchmarks.Figures;
using PrepaidPlatform.Benchmarks.Harness;
using PrepaidPlatform.Benchmarks.Seeding;
using PrepaidPlatform.Platform.Timing;

// The benchmark harness of issue 14: a throw-away MariaDB (or --connection), the real host on it with a seeded city,
// every figure beside its raw baseline, one Markdown table on the console and in docs/benchmarks.
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

// WebApplicationFactory reads the host's content root from MvcTestingAppManifest.json in the working folder, which
// `dotnet test` makes the build output; a console program is run from anywhere (paths in the options are made full first).
var options = BenchOptions.Parse(args);
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
if (args is [RiskNightProcess.Argument, var nightConnection])
{
    return await RiskNightProcess.MainAsync(nightConnection);
}

if (args is [HostMemoryProcess.Argument, var memoryConnection, var seconds, var mode])
{
    return await HostMemoryProcess.MainAsync(memoryConnection, seconds, mode);
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

ThrowAwayMariaDb? ownServer = null;
try
{
    if (options.Connection is null)
    {
        BenchContext.Log("starting a throw-away MariaDB");
        ownServer = await ThrowAwayMariaDb.StartAsync(cancel.Token);
    }

    // The test host takes its server from the variables test.sh sets; it creates and migrates a database of its own there.
    Environment.SetEnvironmentVariable("TEST_DB_PROVIDER", "MySql");
    Environment.SetEnvironmentVariable("TEST_MYSQL_CONNECTION", options.Connection ?? ownServer!.ConnectionString);
    using var host = new BenchHost();
    if (ownServer is { } server)
    {
        // After the migrated template's own exit handler (registered while the host's database was created), which drops
        // the template on this server: the server must outlive it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        ownServer = null;
    }

    host.StartServer();
    var rssAfterStart = MemorySampler.Rss() / (1024.0 * 1024);
    BenchContext.Log($"host on {host.BaseAddress}; seeding {options.Operators:N0} approved operators and {options.PendingApplications:N0} open applications");
    var clock = host.Services.GetRequiredService<IClock>();
    var city = await new CitySeeder(host.Database.ConnectionString, clock.UtcNow.UtcDateTime, clock.TodayInShanghai)
        .SeedAsync(options.Operators, options.PendingApplications, cancel.Token);
    var context = new BenchContext(options, host, city, rssAfterStart);
    var figures = new List<Figure> { SeedFigure(options, city) };
    foreach (var benchmark in BenchmarkCatalog.All.Where(options.Includes))
    {
        BenchContext.Log($"== {benchmark.Name}");
        figures.Add(await benchmark.RunAsync(context, cancel.Token));
    }

    var report = await MarkdownReport.CreateAsync(options, host.Database.ConnectionString, figures, cancel.Token);
    Console.WriteLine(report.Text);
    Directory.CreateDirectory(options.OutputFolder);
    var file = Path.Combine(options.OutputFolder, report.FileName);
    await File.WriteAllTextAsync(file, report.Text, cancel.Token);
    BenchContext.Log($"written to {file}");
    return 0;
}
catch (Exception e) when (e is not OperationCanceledException)
{
    // Caught so the process ends normally: the exit handlers drop the databases and stop the throw-away server.
    Console.Error.WriteLine(e);
    return 1;
}
finally
{
    ownServer?.Dispose();
}

static Figure SeedFigure(BenchOptions options, SeededCity city)
{
    // The target is for 100,000 operators; a smaller city is measured without one.
    var full = options.Operators >= 100_000;
    return new Figure("种子数据 (bulk copy)",
    [
        new Measure("seed time", city.Took.TotalSeconds, "s", Target: full ? "≤ 180 s" : null, Met: full ? city.Took.TotalSeconds <= 180 : null),
        new Measure("rows per second", city.Rows / city.Took.TotalSeconds, "rows/s"),
    ],
        $"{options.Operators:N0} approved operators and {options.PendingApplications:N0} open applications over {city.Districts.Count} districts: {city.Rows:N0} rows " +
        "(licences, applications, filings, workflow instances, journal entries, timers) by MySqlBulkCopy");
}

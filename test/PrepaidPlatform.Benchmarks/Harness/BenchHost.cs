using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Host.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>
/// The test host (all modules, real migrations, demo seed: districts, reviewers, lifecycles) served by Kestrel on a
/// loopback port, so the load crosses real sockets as a browser's would; plus the raw baseline endpoint and a SQL command
/// counter. Its throw-away database is created on the server in <c>TEST_MYSQL_CONNECTION</c> and dropped on dispose.
/// </summary>
internal sealed class BenchHost : PlatformFactory
{
    public BenchHost()
    {
        Port = LoopbackPort.Free();
        UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
    }

    /// <summary>A host on a database that exists already and is left in place (a second process on the seeded city).</summary>
    public BenchHost(TestDatabase database)
        : base(database)
    {
        Port = LoopbackPort.Free();
        UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
    }

    public int Port { get; }

    /// <summary>As in production: the test hosts' default turns the filing-code page's cache off.</summary>
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["FilingCode:CacheSeconds"] = "60" };

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public CommandCounter Commands { get; } = new();

    public CommandTimings Timings { get; } = new();

    /// <summary>
    /// Signs in through the real login page, over the socket. Not <see cref="PlatformFactory.SignedInClientAsync"/>: the
    /// factory's clients of a Kestrel-served host follow redirects whatever their options say, and sign-in reads the redirect.
    /// </summary>
    public async Task<PlatformClient> SignedInOverKestrelAsync(string userName)
    {
        // The test host's clock stands still from its start; the city's second factor is a code of the real time.
        Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        var client = new PlatformClient(new HttpClient(handler) { BaseAddress = BaseAddress }, this);
        await client.SignInAsync(userName, DemoPassword);
        return client;
    }

    /// <summary>
    /// Waits until the outbox has delivered every integration event (at most <paramref name="limit"/>), so that what a
    /// figure's untimed warm-up set off (a bank's first batch opening fifty 存管不足 episodes: fifty events, each handled by
    /// CreditRisk with a dozen commands) does not run inside its timed part or the next figure's.
    /// </summary>
    /// <returns>How long it waited and how many events were still pending when it stopped waiting.</returns>
    public async Task<(TimeSpan Waited, long Pending)> DrainOutboxAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using var connection = new MySqlConnector.MySqlConnection(Database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        while (true)
        {
            await using var command = new MySqlConnector.MySqlCommand("SELECT COUNT(*) FROM Platform_OutboxMessages WHERE ProcessedAtUtc IS NULL AND NOT Failed", connection);
            var pending = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            var waited = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (pending == 0 || waited >= limit)
            {
                return (waited, pending);
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton(Commands);
        services.ConfigureDbContext<MySqlPlatformDbContext>(o => o.AddInterceptors(Commands));
        if (CommandTimings.File is not null)
        {
            services.ConfigureDbContext<MySqlPlatformDbContext>(o => o.AddInterceptors(Timings));
        }
        services.AddSingleton<IStartupFilter>(new RawFilingEndpoint(Database.ConnectionString));
        services.AddSingleton<IStartupFilter, StoredViewEndpoint>();
    }
}

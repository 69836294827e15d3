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

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public CommandCounter Commands { get; } = new();

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

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton(Commands);
        services.ConfigureDbContext<MySqlPlatformDbContext>(o => o.AddInterceptors(Commands));
        services.AddSingleton<IStartupFilter>(new RawFilingEndpoint(Database.ConnectionString));
    }
}

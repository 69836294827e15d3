using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace PrepaidPlatform.Testing;

/// <summary>
/// The real host (all modules, real migrations, demo seed) on its own throw-away database. The clock is a
/// <see cref="FakeTimeProvider"/> that starts at the real time, so tests can move it (lockouts, sessions, timers).
/// </summary>
public class PlatformFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo@2026";

    // One pair of personal-data keys for every host of the test process: the template's seeded demo accounts hold
    // phone and ID numbers encrypted and hashed with them, and every host starts on a copy of that template.
    internal static readonly string PersonalDataKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    internal static readonly string KeyRingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    internal static readonly string PersonalDataHashKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private readonly bool _ownsDatabase;

    public PlatformFactory()
    {
        Database = TestDatabase.Create();
        _ownsDatabase = true;
        // Started after the database is there: the first one of a process waits for the template's migrations and seed,
        // and sign-in codes are computed on this clock while the server checks them within ±90 s of the real time.
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }

    /// <summary>
    /// A host on a database the test owns, so a second host can start on it after this one (a restart).
    /// Protected: xunit gives a class fixture only one public constructor.
    /// </summary>
    protected PlatformFactory(TestDatabase database)
    {
        Database = database;
        _ownsDatabase = false;
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>
    /// The authenticator keys enrolled on this host's database, by user name. Per host, not static: test classes run in
    /// parallel, each on its own database, and the same demo user enrols a different key in each.
    /// </summary>
    internal ConcurrentDictionary<string, string> AuthenticatorKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra settings for a test class (for example a rule setting); applied after the defaults.</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the host serves the modules' wwwroot (_content/…) only when published; tests run from the build output.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Database:DataFolder", Path.Combine(TestDatabase.Folder, "data-" + Guid.NewGuid().ToString("N")[..8]));
        // Quartz keeps schedulers in a process-wide repository by name: parallel test hosts with the default name would
        // share the first host's scheduler (its database, its services). One name per database, so a restarted host
        // on the same database finds its jobs again.
        builder.UseSetting("Jobs:SchedulerName", SchedulerNameFor(Database.ConnectionString));
        builder.UseSetting("Seed:DemoData", "true");
        builder.UseSetting("Seed:DemoPassword", DemoPassword);
        builder.UseSetting("Security:PersonalDataKey", PersonalDataKey);
        builder.UseSetting("Security:PersonalDataHashKey", PersonalDataHashKey);
        // Shared by every host of the run, as by every instance of a deployment: a restarted host reads the key ring it left.
        builder.UseSetting("Security:KeyRingKey", KeyRingKey);
        // Every test client shares one address; the limits have their own test class (which sets them low again).
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:VerificationCodePerMinute", "100000");
        builder.UseSetting("RateLimits:RegistrationPerMinute", "100000");
        builder.UseSetting("RateLimits:FailedSignInsPerAddress", "100000");
        // Tests read what they just arranged, often behind the modules' backs; FilingCodeCacheTests turns the cache on.
        builder.UseSetting("FilingCode:CacheSeconds", "0");
        // The public views' eager build reads every filing at start; tests build what they look at (PublicViewTests run it).
        builder.UseSetting("PublicViews:BuildAtStart", "false");
        // Test output shows failures, not every request of every host.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            // Every host seeds ~20 demo accounts and tests sign in again and again: at the production count (100,000 rounds of
            // PBKDF2) hashing was a second of CPU per host. The count is stored in each hash, so verification follows it.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
            ConfigureTestServices(services);
        });
    }

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>A browser-like client (cookies kept, redirects not followed) that is not signed in.</summary>
    public PlatformClient AnonymousClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), this);

    /// <summary>Signs in through the real login page (and the two-factor steps when the account needs them).</summary>
    public async Task<PlatformClient> SignedInClientAsync(string userName, string password = DemoPassword)
    {
        var client = AnonymousClient();
        await client.SignInAsync(userName, password);
        return client;
    }

    /// <summary>Runs work in a service scope of the host (as the system: no user, no tenant unless the work changes it).</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    /// <summary>The Quartz scheduler name of a host on this database (public so a test can show two hosts never share one).</summary>
    public static string SchedulerNameFor(string connectionString) =>
        "PrepaidPlatform-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(connectionString)))[..12];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            Database.Dispose();
        }
    }
}

using Microsoft.Playwright;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.E2E.Tests;

/// <summary>
/// The real host on a Kestrel port (SQLite, demo data) and Debian's Chromium driven by Playwright — never a downloaded
/// browser. The flags keep Chromium from reaching for the network this machine does not have. Each test class has its
/// own host; the browser is one for the whole run (launched at the first class, closed when the process ends), and each
/// class's pages live in their own browser contexts (cookies, storage), which are closed with the class.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public PlatformFactory Factory { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    private static readonly Lazy<Task<IBrowser>> SharedBrowser = new(LaunchAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly List<IBrowserContext> _contexts = [];
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("browser not started");

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        Assertions.SetDefaultExpectTimeout(20_000);
        _browser = await SharedBrowser.Value;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "zh-CN" });
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        // CI runs on two shared cores: the first request of a page pays for JIT and view activation, so waits are generous.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>With <c>E2E_SCREENSHOTS=folder</c>, saves what the user saw at a step, for people to look at; never asserted on.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("E2E_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        await Factory.DisposeAsync();
    }

    private static async Task<IBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(10));
            playwright.Dispose();
        };
        return browser;
    }
}

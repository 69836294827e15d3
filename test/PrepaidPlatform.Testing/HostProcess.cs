using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Shouldly;

namespace PrepaidPlatform.Testing;

/// <summary>
/// The built host (<c>host/PrepaidPlatform.Host/bin/…/PrepaidPlatform.Host.dll</c>) as a child process of the test on a
/// test database and data folder, as it runs in production: its own process, so a test can SIGKILL it, restart it, or run
/// one of its commands (backup, restore). Testing environment, the demo seed and the test process's personal-data keys,
/// so the template's demo accounts sign in as they do on <see cref="PlatformFactory"/>.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process printed so far (for failure messages and the pause points' lines).</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts the host and waits until <c>/health</c> answers (migrations and seed done, jobs started).</summary>
    public static async Task<HostProcess> StartAsync(TestDatabase database, string dataFolder, IDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = StartInfo(database, dataFolder, settings);
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        var host = new HostProcess(Process.Start(start)!, address);
        await host.WaitUntilHealthyAsync();
        return host;
    }

    /// <summary>Runs a host command (<c>backup</c>, <c>restore</c>, <c>audit verify</c>) on the same settings; its exit code and output.</summary>
    public static Task<(int ExitCode, string Output)> RunCommandAsync(TestDatabase database, string dataFolder, params string[] arguments) =>
        RunCommandAsync(database, dataFolder, new Dictionary<string, string>(), arguments);

    /// <summary>A host command with extra settings or environment variables (<c>ASPNETCORE_ENVIRONMENT</c>).</summary>
    public static Task<(int ExitCode, string Output)> RunCommandAsync(TestDatabase database, string dataFolder, IDictionary<string, string> settings,
        params string[] arguments)
    {
        var start = StartInfo(database, dataFolder, settings);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return RunAsync(start);
    }

    /// <summary>Runs a script of <c>deploy/</c> (which runs the host's command) with the host's settings in its environment.</summary>
    public static Task<(int ExitCode, string Output)> RunScriptAsync(TestDatabase database, string dataFolder, string script, params string[] arguments)
    {
        var start = StartInfo(database, dataFolder, settings: null);
        start.Environment["PREPAID_HOST_DIR"] = start.WorkingDirectory;
        start.Environment["PREPAID_ENV_FILE"] = "/nonexistent";
        start.FileName = "bash";
        start.ArgumentList.Clear();
        start.ArgumentList.Add(Path.Combine(SolutionFolder(), script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return RunAsync(start);
    }

    /// <summary>
    /// A browser-like client of this process (cookies kept in <paramref name="cookies"/> or a container of its own, redirects not
    /// followed); the factory only lends its authenticator keys.
    /// </summary>
    public PlatformClient ClientFor(PlatformFactory factory, CookieContainer? cookies = null) =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(60),
        }, factory);

    /// <summary>Waits for a line of the process's output containing <paramref name="text"/> (a pause point reports itself so).</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan? timeout = null)
    {
        var limit = Stopwatch.StartNew();
        while (!_output.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            _process.HasExited.ShouldBeFalse($"the host exited before printing “{text}”:{Environment.NewLine}{Output}");
            (limit.Elapsed < (timeout ?? TimeSpan.FromSeconds(60))).ShouldBeTrue($"the host never printed “{text}”:{Environment.NewLine}{Output}");
            await Task.Delay(50);
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, no disposal; what was committed is all that remains.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    /// <summary>A graceful stop (SIGTERM, as systemd stops the service), then a kill if it hangs.</summary>
    public void Stop()
    {
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var limit = Stopwatch.StartNew();
        while (true)
        {
            _process.HasExited.ShouldBeFalse($"the host exited at start:{Environment.NewLine}{Output}");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
            }

            if (limit.Elapsed > TimeSpan.FromSeconds(90))
            {
                Kill();
                throw new ShouldAssertException($"the host did not become healthy in 90 s:{Environment.NewLine}{Output}");
            }

            await Task.Delay(100);
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await output) + (await errors));
    }

    private static ProcessStartInfo StartInfo(TestDatabase database, string dataFolder, IDictionary<string, string>? settings)
    {
        var dll = HostDll();
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root: appsettings.json beside the dll, as in a deployment.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["DOTNET_ENVIRONMENT"] = "Testing",
            ["Database__Provider"] = database.Provider,
            ["Database__ConnectionString"] = database.ConnectionString,
            ["Database__DataFolder"] = dataFolder,
            ["Seed__DemoData"] = "true",
            ["Seed__DemoPassword"] = PlatformFactory.DemoPassword,
            ["Security__PersonalDataKey"] = PlatformFactory.PersonalDataKey,
            ["Security__PersonalDataHashKey"] = PlatformFactory.PersonalDataHashKey,
            ["Security__KeyRingKey"] = PlatformFactory.KeyRingKey,
            ["RateLimits__SignInPerMinute"] = "100000",
            ["RateLimits__VerificationCodePerMinute"] = "100000",
            ["RateLimits__RegistrationPerMinute"] = "100000",
            ["RateLimits__FailedSignInsPerAddress"] = "100000",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>The host built in the same configuration as the tests.</summary>
    private static string HostDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var dll = Path.Combine(SolutionFolder(), "host", "PrepaidPlatform.Host", "bin", configuration, "net10.0", "PrepaidPlatform.Host.dll");
        File.Exists(dll).ShouldBeTrue($"{dll} is not built");
        return dll;
    }

    /// <summary>Found from the test's output folder upwards.</summary>
    internal static string SolutionFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PrepaidPlatform.sln")))
        {
            folder = folder.Parent;
        }

        folder.ShouldNotBeNull("the solution folder above the test's output");
        return folder.FullName;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Shouldly;

namespace PrepaidPlatform.Testing;

/// <summary>
/// Debian's nginx in front of host processes, as <c>deploy/nginx</c> has it: an upstream of the instances (round robin, one
/// worker, so consecutive requests alternate between them) and the deployment's own proxy settings
/// (<c>deploy/nginx/prepaidplatform-proxy.conf</c>). Every answer names the instance that gave it in <c>X-Upstream</c>.
/// </summary>
public sealed class NginxProxy : IDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _folder;

    private NginxProxy(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<NginxProxy> StartAsync(IEnumerable<Uri> instances)
    {
        File.Exists(Binary).ShouldBeTrue($"{Binary} is missing: apt-get install nginx (test.sh installs it)");
        var folder = Path.Combine(TestDatabase.Folder, "nginx-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var port = HostProcess.FreePort();
        var servers = string.Concat(instances.Select(i => $"        server {i.Host}:{i.Port};\n"));
        var proxySettings = Path.Combine(HostProcess.SolutionFolder(), "deploy", "nginx", "prepaidplatform-proxy.conf");
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, $$"""
            worker_processes 1;
            daemon off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 512; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                upstream prepaidplatform {
            {{servers}}        keepalive 8;
                }
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        proxy_pass http://prepaidplatform;
                        include {{proxySettings}};
                        add_header X-Upstream $upstream_addr always;
                    }
                }
            }
            """);
        var start = new ProcessStartInfo(Binary) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(config);
        start.ArgumentList.Add("-p");
        start.ArgumentList.Add(folder);
        var proxy = new NginxProxy(Process.Start(start)!, folder, new Uri($"http://127.0.0.1:{port}"));
        await proxy.WaitUntilListeningAsync(port);
        return proxy;
    }

    /// <summary>A browser-like client of the proxy (cookies kept, redirects not followed) that notes which instance answered each request.</summary>
    public (PlatformClient Client, ConcurrentQueue<(HttpMethod Method, string Path, string Upstream)> Served) ClientFor(PlatformFactory factory)
    {
        var served = new ConcurrentQueue<(HttpMethod, string, string)>();
        var handler = new UpstreamRecorder(served)
        {
            InnerHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() },
        };
        return (new PlatformClient(new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) }, factory), served);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
        _process.Dispose();
        TestDatabase.DeleteFolder(_folder);
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var limit = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new ShouldAssertException($"nginx exited at start: {await _process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (limit.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(100);
            }
        }
    }

    private sealed class UpstreamRecorder(ConcurrentQueue<(HttpMethod, string, string)> served) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var upstream = response.Headers.TryGetValues("X-Upstream", out var values) ? string.Join(",", values) : "?";
            served.Enqueue((request.Method, request.RequestUri!.AbsolutePath, upstream));
            return response;
        }
    }
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Hardening;

/// <summary>
/// The host behind a reverse proxy at 10.0.0.1 (every request arrives from it, as through nginx): the client address
/// is the proxy's X-Forwarded-For only because the proxy is configured as known; /metrics needs the city or the token.
/// </summary>
public sealed class BehindProxyTests(BehindProxyTests.ProxiedFactory factory) : IClassFixture<BehindProxyTests.ProxiedFactory>
{
    private const string Token = "scrape-token-for-tests";
    private const string PublicBaseUrl = "https://yfk.example.gov.cn";

    /// <summary>A test's stand-in for the connection's source address; without it every request comes from the proxy.</summary>
    private const string ConnectionFrom = "X-Test-Connection-From";

    public sealed class ProxiedFactory : PlatformFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.1",
            ["RateLimits:FailedSignInsPerAddress"] = "2",
            ["Metrics:Token"] = Token,
            ["Platform:PublicBaseUrl"] = PublicBaseUrl,
        };

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<IStartupFilter, FromProxy>();

        /// <summary>Before the host's own pipeline: the connection comes from the proxy.</summary>
        private sealed class FromProxy : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, then) =>
                {
                    var from = context.Request.Headers[ConnectionFrom].ToString();
                    context.Connection.RemoteIpAddress = IPAddress.Parse(from.Length > 0 ? from : "10.0.0.1");
                    return then(context);
                });
                next(app);
            };
        }
    }

    private static async Task<string> FailedSignInAsync(PlatformClient client, string forwardedFor, string userName, string? connectionFrom = null)
    {
        var page = await client.GetPageAsync("/Account/Login");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = userName,
                ["Input.Password"] = "Wrong@1234",
                ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
            }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (connectionFrom is not null)
        {
            request.Headers.Add(ConnectionFrom, connectionFrom);
        }

        var response = await client.Http.SendAsync(request);
        return PlatformClient.ValidationSummary(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Clients_behind_the_known_proxy_are_throttled_by_their_own_address()
    {
        using var first = factory.AnonymousClient();
        await FailedSignInAsync(first, "203.0.113.7", "nobody-a1");
        await FailedSignInAsync(first, "203.0.113.7", "nobody-a2");
        (await FailedSignInAsync(first, "203.0.113.7", "nobody-a3")).ShouldContain("登录失败次数过多");

        using var second = factory.AnonymousClient();
        var other = await FailedSignInAsync(second, "203.0.113.8", "nobody-b1");
        other.ShouldContain("账号或密码错误");
        other.ShouldNotContain("登录失败次数过多");
    }

    [Fact]
    public async Task X_Forwarded_For_from_an_address_that_is_not_a_known_proxy_is_ignored()
    {
        // Three forged client addresses from one unknown sender: throttled together, as the one address they come from.
        using var client = factory.AnonymousClient();
        await FailedSignInAsync(client, "203.0.113.21", "nobody-c1", connectionFrom: "198.51.100.9");
        await FailedSignInAsync(client, "203.0.113.22", "nobody-c2", connectionFrom: "198.51.100.9");
        (await FailedSignInAsync(client, "203.0.113.23", "nobody-c3", connectionFrom: "198.51.100.9")).ShouldContain("登录失败次数过多");
    }

    [Fact]
    public async Task Addresses_the_platform_hands_out_come_from_the_public_base_URL_not_the_Host_header()
    {
        using var client = factory.AnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Onboarding/Register");
        request.Headers.Host = "attacker.example.com";
        request.Headers.Add("X-Forwarded-Host", "attacker.example.net");
        var page = await (await client.Http.SendAsync(request)).Content.ReadAsStringAsync();
        var content = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "data-qr-content=\"([^\"]*)\"").Groups[1].Value);
        content.ShouldStartWith(PublicBaseUrl + "/Onboarding/Sandbox");
        page.ShouldNotContain("attacker.example");
    }

    [Fact]
    public async Task Metrics_answer_the_configured_token_and_the_city_but_not_a_district_or_a_wrong_token()
    {
        using var anonymous = factory.AnonymousClient();
        using var scrape = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        scrape.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        var scraped = await anonymous.Http.SendAsync(scrape);
        scraped.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scraped.Content.ReadAsStringAsync()).ShouldContain("http_requests_received_total");

        using var forged = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        forged.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token + "x");
        (await anonymous.Http.SendAsync(forged)).StatusCode.ShouldNotBe(HttpStatusCode.OK);

        using var reviewer = await factory.SignedInClientAsync("reviewer110105");
        (await reviewer.GetAsync("/metrics")).StatusCode.ShouldNotBe(HttpStatusCode.OK);

        using var city = await factory.SignedInClientAsync("cityadmin");
        (await city.GetPageAsync("/metrics")).ShouldContain("http_requests_received_total");
    }
}

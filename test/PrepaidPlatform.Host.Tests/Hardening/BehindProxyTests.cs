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

    public sealed class ProxiedFactory : PlatformFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.1",
            ["RateLimits:FailedSignInsPerAddress"] = "2",
            ["Metrics:Token"] = Token,
        };

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<IStartupFilter, FromProxy>();

        /// <summary>Before the host's own pipeline: the connection comes from the proxy.</summary>
        private sealed class FromProxy : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, then) =>
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.1");
                    return then(context);
                });
                next(app);
            };
        }
    }

    private static async Task<string> FailedSignInAsync(PlatformClient client, string forwardedFor, string userName)
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

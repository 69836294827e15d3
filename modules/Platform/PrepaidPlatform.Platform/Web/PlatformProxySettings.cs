using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PrepaidPlatform.Platform.Modularity;

namespace PrepaidPlatform.Platform.Web;

/// <summary>
/// Running behind a reverse proxy: the client address and scheme come from <c>X-Forwarded-For</c>/<c>-Proto</c>, but only
/// when the proxy is one of <c>ForwardedHeaders:KnownProxies</c> (addresses) or <c>ForwardedHeaders:KnownNetworks</c>
/// (CIDR); links that leave the site (QR codes) use <c>Platform:PublicBaseUrl</c>. Outside Development and Testing the
/// host refuses to start without <c>Platform:PublicBaseUrl</c> or with <c>AllowedHosts</c> missing or <c>*</c>, and every
/// cookie is Secure.
/// </summary>
public static class PlatformProxySettings
{
    public const string PublicBaseUrl = "Platform:PublicBaseUrl";
    public const string KnownProxies = "ForwardedHeaders:KnownProxies";
    public const string KnownNetworks = "ForwardedHeaders:KnownNetworks";

    internal static void AddPlatformProxySettings(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var production = !environment.IsDevelopmentOrTesting();
        if (production)
        {
            RequireProductionHosting(configuration, environment.EnvironmentName);
        }

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies are believed (not even loopback by default: a proxy elsewhere must be named).
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection(KnownProxies).Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
            }

            foreach (var network in configuration.GetSection(KnownNetworks).Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
            }
        });
        services.Configure<CookiePolicyOptions>(o => o.Secure = production ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
    }

    private static void RequireProductionHosting(IConfiguration configuration, string environmentName)
    {
        var baseUrl = configuration[PublicBaseUrl];
        if (string.IsNullOrWhiteSpace(baseUrl) || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException(
                $"生产环境（{environmentName}）须配置 {PublicBaseUrl}（公众访问本平台的完整地址，如 https://yfk.example.gov.cn）：二维码与外部链接由它生成，不信任请求的 Host。");
        }

        var hosts = configuration["AllowedHosts"];
        if (string.IsNullOrWhiteSpace(hosts) || hosts.Split(';', StringSplitOptions.TrimEntries).Contains("*"))
        {
            throw new InvalidOperationException($"生产环境（{environmentName}）须将 AllowedHosts 配置为本平台的域名（以分号分隔），不能为 *。");
        }
    }

    /// <summary>First in the pipeline: the client address and scheme as the known proxy saw them, then the cookie policy.</summary>
    public static void UsePlatformProxySettings(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        app.UseCookiePolicy();
    }

    /// <summary>The address the public reaches the platform at: <c>Platform:PublicBaseUrl</c>, else (Development, Testing) the request's own.</summary>
    public static string BaseUrl(IConfiguration configuration, HttpRequest request)
    {
        var configured = configuration[PublicBaseUrl];
        return string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}" : configured.TrimEnd('/');
    }
}

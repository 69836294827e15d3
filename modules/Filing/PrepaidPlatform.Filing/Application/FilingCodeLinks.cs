using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// Where a filing code points: <c>Platform:PublicBaseUrl</c> when the city set it (the address consumers reach from
/// outside, behind a proxy), else the address of the request that asked. Posters printed once keep working only with
/// a stable public address, so production sets it.
/// </summary>
internal sealed class FilingCodeLinks(IConfiguration configuration)
{
    public string PublicUrl(HttpRequest request, string filingNumber) =>
        $"{PlatformProxySettings.BaseUrl(configuration, request)}/FilingCode/{Uri.EscapeDataString(filingNumber)}";

    /// <summary>An absolute address on the platform for a local path (the licence QR code).</summary>
    public string Absolute(HttpRequest request, string localPath) => PlatformProxySettings.BaseUrl(configuration, request) + localPath;
}

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// Where a filing code points: <c>Platform:PublicBaseUrl</c> when the city set it (the address consumers reach from
/// outside, behind a proxy), else the address of the request that asked. Posters printed once keep working only with
/// a stable public address, so production sets it.
/// </summary>
internal sealed class FilingCodeLinks(IConfiguration configuration)
{
    public string PublicUrl(HttpRequest request, string filingNumber)
    {
        var configured = configuration["Platform:PublicBaseUrl"];
        var baseUrl = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}" : configured.TrimEnd('/');
        return $"{baseUrl}/FilingCode/{Uri.EscapeDataString(filingNumber)}";
    }
}

using System.Net.Http.Headers;
using System.Text;
using PrepaidPlatform.Platform.Api;

namespace PrepaidPlatform.Custody.Tests.Api;

/// <summary>What a bank's client does before it sends a request: signs it as README · Machine clients describes.</summary>
internal static class ApiSigner
{
    public static HttpRequestMessage Signed(
        HttpMethod method, string pathAndQuery, string? json, IssuedApiCredential credential, DateTimeOffset at, string? nonce = null)
    {
        var body = Encoding.UTF8.GetBytes(json ?? string.Empty);
        var request = new HttpRequestMessage(method, pathAndQuery);
        if (json is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        var timestamp = at.ToUnixTimeSeconds();
        nonce ??= Guid.NewGuid().ToString("N");
        var signature = ApiRequestSignature.Sign(credential.Secret,
            ApiRequestSignature.StringToSign(method.Method, pathAndQuery, timestamp, nonce, ApiRequestSignature.BodyHash(body)));
        request.Headers.Add(ApiRequestSignature.KeyIdHeader, credential.KeyId);
        request.Headers.Add(ApiRequestSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(ApiRequestSignature.NonceHeader, nonce);
        request.Headers.Add(ApiRequestSignature.SignatureHeader, signature);
        return request;
    }
}

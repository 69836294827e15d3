using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PrepaidPlatform.Platform.Api;

/// <summary>
/// The request signature of the machine API (README · Machine clients), shared by the verifier and by clients (tests, the
/// documentation's example): HMAC-SHA256 with the client's secret over five lines joined by <c>\n</c> —
/// the method in upper case, the path with its query string as sent, the timestamp (Unix seconds), the nonce and the
/// lower-case hex SHA-256 of the body (of the empty string when there is none). The signature is lower-case hex.
/// </summary>
public static class ApiRequestSignature
{
    public const string KeyIdHeader = "X-Api-Key";
    public const string TimestampHeader = "X-Api-Timestamp";
    public const string NonceHeader = "X-Api-Nonce";
    public const string SignatureHeader = "X-Api-Signature";

    /// <summary>How far a request's timestamp may be from the platform's clock, either way.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static string BodyHash(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    public static string StringToSign(string method, string pathAndQuery, long timestamp, string nonce, string bodyHash) =>
        string.Join('\n', method.ToUpperInvariant(), pathAndQuery, timestamp.ToString(CultureInfo.InvariantCulture), nonce, bodyHash);

    public static string Sign(string secret, string stringToSign) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(stringToSign)));
}

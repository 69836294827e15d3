using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Onboarding;

/// <summary>Section <c>Filing:LicenceService</c>: the electronic business licence service's endpoint and credentials.</summary>
internal sealed class HttpLicenceServiceOptions
{
    public const string Section = "Filing:LicenceService";

    /// <summary>Base address; the adapter calls <c>{Url}/qr-sessions</c> and <c>{Url}/qr-sessions/query</c>.</summary>
    public Uri? Url { get; set; }

    public string AppId { get; set; } = string.Empty;

    /// <summary>Shared secret: signs each request and is the only thing that makes an answer believed. Never logged.</summary>
    public string Key { get; set; } = string.Empty;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsComplete => Url is not null && !string.IsNullOrEmpty(AppId) && !string.IsNullOrEmpty(Key);
}

/// <summary>
/// The electronic business licence service's QR login over HTTP (the contract in docs/licence-service.md):
/// <list type="number">
/// <item><c>POST {Url}/qr-sessions</c> with <c>{appId, timestamp, nonce, sign}</c> opens a session and answers
/// <c>{code, sessionId, qrContent, expiresAt}</c>; the page shows <c>qrContent</c> as the QR code the legal representative scans.</item>
/// <item><c>POST {Url}/qr-sessions/query</c> with <c>{appId, sessionId, timestamp, nonce, sign}</c> answers
/// <c>{code, state: pending|confirmed|expired|refused, message, licence}</c>.</item>
/// </list>
/// <c>sign</c> is the lowercase hex HMAC-SHA256 under the key of the request's values joined by <c>|</c> in that order; every
/// answer carries <c>X-Signature</c>, the HMAC of its raw body, and an answer without a valid one is not believed — the
/// licence it names is what lets a person act for an entity. Code "0" means success. A service that fails or does not answer
/// leaves a session pending (nothing is confirmed); a session that cannot be opened is a Chinese error for the page.
/// An outcome the service pushed (§3, <see cref="LicenceCallbackIntake"/>) is read before the service is asked.
/// </summary>
internal sealed class HttpLicenceVerifier(IHttpClientFactory httpClientFactory, IOptions<HttpLicenceServiceOptions> options, IClock clock, ILicenceCallbacks callbacks)
    : IBusinessLicenceVerifier
{
    public const string ClientName = "Filing.LicenceService";
    public const string SignatureHeader = "X-Signature";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string DisplayName => "电子营业执照";

    public async Task<LicenceChallenge> CreateChallengeAsync(CancellationToken cancellationToken)
    {
        var settings = Settings();
        var (timestamp, nonce) = (Timestamp(), Nonce());
        var request = new Dictionary<string, string>
        {
            ["appId"] = settings.AppId, ["timestamp"] = timestamp, ["nonce"] = nonce,
            ["sign"] = ApiRequestSignature.Sign(settings.Key, $"{settings.AppId}|{timestamp}|{nonce}"),
        };
        var reply = await CallAsync<SessionReply>(settings, "qr-sessions", request, cancellationToken)
            ?? throw new InvalidOperationException("电子营业执照服务暂时无法访问，请稍后刷新二维码。");
        if (reply.Code != "0" || string.IsNullOrEmpty(reply.SessionId) || string.IsNullOrEmpty(reply.QrContent) || reply.ExpiresAt is null)
        {
            throw new InvalidOperationException($"电子营业执照服务未能生成二维码：{reply.Message ?? reply.Code}");
        }

        return new LicenceChallenge(reply.SessionId, reply.QrContent, reply.ExpiresAt.Value);
    }

    public async Task<LicenceChallengeStatus> GetStatusAsync(string challengeId, CancellationToken cancellationToken)
    {
        if (await callbacks.FindAsync(challengeId, cancellationToken) is { } pushed)
        {
            return pushed;
        }

        var settings = Settings();
        var (timestamp, nonce) = (Timestamp(), Nonce());
        var request = new Dictionary<string, string>
        {
            ["appId"] = settings.AppId, ["sessionId"] = challengeId, ["timestamp"] = timestamp, ["nonce"] = nonce,
            ["sign"] = ApiRequestSignature.Sign(settings.Key, $"{settings.AppId}|{challengeId}|{timestamp}|{nonce}"),
        };
        var reply = await CallAsync<StatusReply>(settings, "qr-sessions/query", request, cancellationToken);
        if (reply is null || reply.Code != "0")
        {
            return new LicenceChallengeStatus(LicenceChallengeState.Pending, Message: "暂时无法从电子营业执照服务读取确认结果，请稍后再试。");
        }

        return reply.State switch
        {
            "confirmed" when reply.Licence is { } licence && reply.SessionId == challengeId => StatusOf(LicenceChallengeState.Confirmed, licence, null),
            "expired" => StatusOf(LicenceChallengeState.Expired, null, reply.Message),
            "refused" => StatusOf(LicenceChallengeState.Refused, null, reply.Message),
            _ => StatusOf(LicenceChallengeState.Pending, null, null),
        };
    }

    /// <summary>What the page is told of a session's state, whether the service answered a query or pushed it.</summary>
    internal static LicenceChallengeStatus StatusOf(LicenceChallengeState state, BusinessLicence? licence, string? message) => state switch
    {
        LicenceChallengeState.Confirmed when licence is not null => new LicenceChallengeStatus(LicenceChallengeState.Confirmed, licence),
        LicenceChallengeState.Expired => new LicenceChallengeStatus(LicenceChallengeState.Expired, Message: "二维码已过期，请点击“刷新二维码”后重新扫码。"),
        LicenceChallengeState.Refused => new LicenceChallengeStatus(LicenceChallengeState.Refused, Message: message ?? "法定代表人拒绝了授权。"),
        _ => new LicenceChallengeStatus(LicenceChallengeState.Pending, Message: "尚未在电子营业执照小程序中确认，请法定代表人扫码并确认。"),
    };

    private HttpLicenceServiceOptions Settings()
    {
        var settings = options.Value;
        return settings.IsComplete
            ? settings
            : throw new InvalidOperationException("电子营业执照服务未配置（Filing:LicenceService 的 Url、AppId、Key）。");
    }

    /// <summary>The answer, or null when the service fails, is late, or its answer is not signed with the key.</summary>
    private async Task<T?> CallAsync<T>(HttpLicenceServiceOptions settings, string path, Dictionary<string, string> request, CancellationToken cancellationToken)
        where T : class
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var response = await httpClientFactory.CreateClient(ClientName).PostAsJsonAsync(new Uri(settings.Url!, path), request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            var signature = response.Headers.TryGetValues(SignatureHeader, out var values) ? values.FirstOrDefault() : null;
            if (!response.IsSuccessStatusCode || signature is null
                || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(ApiRequestSignature.Sign(settings.Key, body))))
            {
                return null;
            }

            return JsonSerializer.Deserialize<T>(body, Json);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException)
        {
            return null;
        }
    }

    private string Timestamp() => clock.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Nonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private sealed record SessionReply(string? Code, string? Message, string? SessionId, string? QrContent, DateTimeOffset? ExpiresAt);

    private sealed record StatusReply(string? Code, string? Message, string? SessionId, string? State, BusinessLicence? Licence);
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Notifications.Sms;

/// <summary>
/// A generic SMS provider over HTTP: POSTs JSON <c>{account, phone, content, timestamp, sign}</c> to the configured URL,
/// where <c>sign</c> is the lowercase hex HMAC-SHA256 of <c>account|phone|content|timestamp</c> under the key and the
/// content starts with 【signature】. The provider answers 2xx with <c>{code, messageId, message}</c>; code "0" or
/// "OK" means accepted. Anything else, and no answer within the timeout, is a failure the dispatcher retries.
/// </summary>
internal sealed class HttpSmsGateway(IHttpClientFactory httpClientFactory, IOptions<HttpSmsGatewayOptions> options, IClock clock) : ISmsGateway
{
    public const string ClientName = "Notifications.Sms";

    public async Task<string?> SendAsync(string phone, string text, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Url is null || string.IsNullOrEmpty(settings.Account) || string.IsNullOrEmpty(settings.Key) || string.IsNullOrEmpty(settings.SignName))
        {
            throw new SmsGatewayException("短信网关未配置（Notifications:Sms:Http 的 Url、Account、Key、SignName）。");
        }

        var content = $"【{settings.SignName}】{text}";
        var timestamp = clock.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new SmsRequest(settings.Account, phone, content, timestamp, ApiRequestSignature.Sign(settings.Key, $"{settings.Account}|{phone}|{content}|{timestamp}"));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        var http = httpClientFactory.CreateClient(ClientName);
        try
        {
            using var response = await http.PostAsJsonAsync(settings.Url, request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new SmsGatewayException($"短信网关返回 HTTP {(int)response.StatusCode}：{Shorten(body)}");
            }

            var reply = Parse(body);
            return reply.Code is "0" or "OK"
                ? reply.MessageId
                : throw new SmsGatewayException($"短信网关拒绝发送（{reply.Code}）：{reply.Message}");
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SmsGatewayException($"短信网关在 {settings.Timeout.TotalSeconds:0.#} 秒内未响应。", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new SmsGatewayException($"无法连接短信网关：{ex.Message}", ex);
        }
    }


    private static SmsReply Parse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<SmsReply>(body) ?? throw new SmsGatewayException("短信网关返回空响应。");
        }
        catch (JsonException ex)
        {
            throw new SmsGatewayException($"短信网关返回无法识别的响应：{Shorten(body)}", ex);
        }
    }

    private static string Shorten(string body) => body.Length > 200 ? body[..200] : body;

    internal sealed record SmsRequest(
        [property: JsonPropertyName("account")] string Account,
        [property: JsonPropertyName("phone")] string Phone,
        [property: JsonPropertyName("content")] string Content,
        [property: JsonPropertyName("timestamp")] string Timestamp,
        [property: JsonPropertyName("sign")] string Sign);

    private sealed record SmsReply(
        [property: JsonPropertyName("code")] string? Code,
        [property: JsonPropertyName("messageId")] string? MessageId,
        [property: JsonPropertyName("message")] string? Message);
}

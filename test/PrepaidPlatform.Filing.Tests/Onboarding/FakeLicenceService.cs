using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Platform.Api;

namespace PrepaidPlatform.Filing.Tests.Onboarding;

/// <summary>The service's side of the contract, in process: it checks signatures, keeps sessions and signs its answers.</summary>
internal sealed class FakeLicenceService : HttpMessageHandler
{
    public const string Key = "licence-shared-key";
    public const string AppId = "pp-app";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, (string State, object? Licence)> _sessions = new();

    public string AnswerKey { get; set; } = Key;

    public bool Down { get; set; }

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public int BadSignatures { get; private set; }

    /// <summary>How many state queries reached the service (a pushed outcome makes them unnecessary).</summary>
    public int Queries { get; private set; }

    public void Confirm(string id, object licence) => _sessions[id] = ("confirmed", licence);

    public void SetState(string id, string state) => _sessions[id] = (state, null);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Delay != TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (Down)
        {
            return new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("upstream down") };
        }

        var body = JsonSerializer.Deserialize<Dictionary<string, string>>(await request.Content!.ReadAsStringAsync(cancellationToken))!;
        switch (request.RequestUri!.AbsolutePath)
        {
            case "/api/qr-sessions":
                Check(body, $"{body["appId"]}|{body["timestamp"]}|{body["nonce"]}");
                var id = Guid.NewGuid().ToString("N");
                _sessions[id] = ("pending", null);
                return Answer(new { code = "0", sessionId = id, qrContent = $"https://licence.test/scan/{id}", expiresAt = DateTimeOffset.UtcNow.AddMinutes(5) });
            case "/api/qr-sessions/query":
                Queries++;
                Check(body, $"{body["appId"]}|{body["sessionId"]}|{body["timestamp"]}|{body["nonce"]}");
                var (state, licence) = _sessions.TryGetValue(body["sessionId"], out var session) ? session : ("expired", null);
                return Answer(new { code = "0", sessionId = body["sessionId"], state, licence });
            default:
                return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
    }

    private void Check(Dictionary<string, string> body, string signed)
    {
        if (body["appId"] != AppId || body["sign"] != ApiRequestSignature.Sign(Key, signed))
        {
            BadSignatures++;
        }
    }

    private HttpResponseMessage Answer(object value)
    {
        var text = JsonSerializer.Serialize(value, Json);
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(text, Encoding.UTF8, "application/json") };
        response.Headers.Add(HttpLicenceVerifier.SignatureHeader, ApiRequestSignature.Sign(AnswerKey, text));
        return response;
    }
}

internal sealed class FakeFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}

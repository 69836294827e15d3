using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PrepaidPlatform.Notifications.Sms;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Notifications.Tests;

/// <summary>The generic HTTP gateway against an in-process fake provider: request shape and signature, answers, timeout.</summary>
public sealed class HttpSmsGatewayTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
    private static readonly PlatformClock PlatformTime = new(Clock);

    [Fact]
    public async Task It_posts_the_signed_text_with_the_signature_name_and_returns_the_providers_message_id()
    {
        var provider = new FakeProvider(_ => Reply(HttpStatusCode.OK, """{"code":"OK","messageId":"M-1001"}"""));
        var id = await Gateway(provider).SendAsync("18000000001", "您的验证码为123456。", CancellationToken.None);

        id.ShouldBe("M-1001");
        var request = provider.Requests.ShouldHaveSingleItem();
        request.Uri.ShouldBe(new Uri("http://sms.test/send"));
        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        root.GetProperty("account").GetString().ShouldBe("pp-account");
        root.GetProperty("phone").GetString().ShouldBe("18000000001");
        root.GetProperty("content").GetString().ShouldBe("【北京市商务局】您的验证码为123456。");
        var timestamp = root.GetProperty("timestamp").GetString()!;
        timestamp.ShouldBe(Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        root.GetProperty("sign").GetString().ShouldBe(ApiRequestSignature.Sign("secret-key", $"pp-account|18000000001|【北京市商务局】您的验证码为123456。|{timestamp}"));
    }

    [Fact]
    public async Task A_rejection_by_the_provider_is_a_failure_with_its_message()
    {
        var provider = new FakeProvider(_ => Reply(HttpStatusCode.OK, """{"code":"E101","message":"余额不足"}"""));
        var error = await Should.ThrowAsync<SmsGatewayException>(() => Gateway(provider).SendAsync("18000000001", "文本", CancellationToken.None));
        error.Message.ShouldBe("短信网关拒绝发送（E101）：余额不足");
    }

    [Fact]
    public async Task An_HTTP_error_status_is_a_failure()
    {
        var provider = new FakeProvider(_ => Reply(HttpStatusCode.BadGateway, "upstream down"));
        var error = await Should.ThrowAsync<SmsGatewayException>(() => Gateway(provider).SendAsync("18000000001", "文本", CancellationToken.None));
        error.Message.ShouldBe("短信网关返回 HTTP 502：upstream down");
    }

    [Fact]
    public async Task A_provider_that_does_not_answer_within_the_timeout_is_a_failure()
    {
        var provider = new FakeProvider(async ct =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            return Reply(HttpStatusCode.OK, "{}");
        });
        var error = await Should.ThrowAsync<SmsGatewayException>(() =>
            Gateway(provider, TimeSpan.FromMilliseconds(200)).SendAsync("18000000001", "文本", CancellationToken.None));
        error.Message.ShouldBe("短信网关在 0.2 秒内未响应。");
    }

    [Fact]
    public async Task An_unconfigured_gateway_fails_without_calling_anyone()
    {
        var provider = new FakeProvider(_ => Reply(HttpStatusCode.OK, """{"code":"OK"}"""));
        var gateway = new HttpSmsGateway(new FakeFactory(provider), Options.Create(new HttpSmsGatewayOptions()), PlatformTime);
        var error = await Should.ThrowAsync<SmsGatewayException>(() => gateway.SendAsync("18000000001", "文本", CancellationToken.None));
        error.Message.ShouldContain("短信网关未配置");
        provider.Requests.ShouldBeEmpty();
    }

    private static HttpSmsGateway Gateway(FakeProvider provider, TimeSpan? timeout = null) =>
        new(new FakeFactory(provider), Options.Create(new HttpSmsGatewayOptions
        {
            Url = new Uri("http://sms.test/send"),
            Account = "pp-account",
            Key = "secret-key",
            SignName = "北京市商务局",
            Timeout = timeout ?? TimeSpan.FromSeconds(5),
        }), PlatformTime);

    private static HttpResponseMessage Reply(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private sealed record SeenRequest(Uri Uri, string Body);

    private sealed class FakeProvider(Func<CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        public FakeProvider(Func<CancellationToken, HttpResponseMessage> answer)
            : this(ct => Task.FromResult(answer(ct)))
        {
        }

        public List<SeenRequest> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(new SeenRequest(request.RequestUri!, await request.Content!.ReadAsStringAsync(cancellationToken)));
            return await answer(cancellationToken);
        }
    }

    private sealed class FakeFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}

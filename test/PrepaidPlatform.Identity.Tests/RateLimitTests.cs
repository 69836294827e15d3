using System.Net;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Identity.Tests;

/// <summary>Rate limits on the anonymous posts (sign-in, SMS codes, registration), with the production-like low limits.</summary>
public sealed class RateLimitTests(RateLimitTests.LimitedFactory factory) : IClassFixture<RateLimitTests.LimitedFactory>
{
    public sealed class LimitedFactory : PlatformFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["RateLimits:SignInPerMinute"] = "3",
            ["RateLimits:VerificationCodePerMinute"] = "2",
        };
    }

    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_get_the_Chinese_too_many_requests_page_while_reading_stays_open()
    {
        using var client = factory.AnonymousClient();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            (await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = "reviewer110101", ["Input.Password"] = "Wrong@1234" }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var limited = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = "reviewer110101", ["Input.Password"] = "Wrong@1234" });
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await limited.Content.ReadAsStringAsync()).ShouldContain("操作过于频繁");
        (await client.GetAsync("/Account/Login")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Code_sending_has_its_own_smaller_bucket()
    {
        using var client = factory.AnonymousClient();
        async Task<HttpStatusCode> Send(string phone) => (await client.PostFormAsync("/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.UserName"] = "91110107MA01AB2C3C", ["Input.Phone"] = phone }, "/Account/ForgotPassword?handler=SendCode")).StatusCode;

        (await Send("13900000301")).ShouldBe(HttpStatusCode.OK);
        (await Send("13900000302")).ShouldBe(HttpStatusCode.OK);
        (await Send("13900000303")).ShouldBe(HttpStatusCode.TooManyRequests);
    }
}

/// <summary>Own host (the buckets are per address and minute): a repeated handler parameter stays in the SMS bucket.</summary>
public sealed class RateLimitHandlerTests(RateLimitTests.LimitedFactory factory) : IClassFixture<RateLimitTests.LimitedFactory>
{
    [Fact]
    public async Task A_repeated_SendCode_handler_parameter_still_counts_in_the_code_bucket()
    {
        using var client = factory.AnonymousClient();
        async Task<HttpStatusCode> Send(string phone) => (await client.PostFormAsync("/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.UserName"] = "91110107MA01AB2C3C", ["Input.Phone"] = phone }, "/Account/ForgotPassword?handler=SendCode&handler=SendCode")).StatusCode;

        (await Send("13900000311")).ShouldBe(HttpStatusCode.OK);
        (await Send("13900000312")).ShouldBe(HttpStatusCode.OK);
        (await Send("13900000313")).ShouldBe(HttpStatusCode.TooManyRequests);
    }
}

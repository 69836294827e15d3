using System.Net;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Identity.Tests;

/// <summary>Sign-in and 忘记密码 answer a stranger the same whether or not an account (or a USCC–phone pair) exists.</summary>
public sealed class AccountEnumerationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static async Task<string> SignInErrorAsync(PlatformClient client, string userName)
    {
        var response = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = "Wrong@1234" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return PlatformClient.ValidationSummary(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_get_the_same_answers_up_to_the_lockout()
    {
        using var client = factory.AnonymousClient();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            var existing = await SignInErrorAsync(client, "reviewer110112");
            var unknown = await SignInErrorAsync(client, "nobody110112");
            unknown.ShouldBe(existing, $"attempt {attempt}");
            existing.ShouldNotContain("还可尝试");
            if (attempt >= 5)
            {
                existing.ShouldContain("账号已被锁定，请 30 分钟后再试");
            }
        }
    }

    [Fact]
    public async Task Forgot_password_gives_the_same_answer_to_a_real_pair_asking_again_and_to_a_made_up_one()
    {
        using var client = factory.AnonymousClient();
        async Task<string> SendAsync(string phone) => WebUtility.HtmlDecode(await (await client.PostFormAsync("/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.UserName"] = "91110107MA01AB2C3C", ["Input.Phone"] = phone }, "/Account/ForgotPassword?handler=SendCode"))
            .Content.ReadAsStringAsync());

        // The real pair's second request falls within the per-phone interval; the answer must not say so.
        foreach (var phone in new[] { "13800000002", "13800000002", "13900000998", "13900000998" })
        {
            var html = await SendAsync(phone);
            html.ShouldContain("如手机号为该账号的注册手机号，验证码已发送，5分钟内有效。未收到时请1分钟后再试。");
            html.ShouldNotContain("频繁");
            PlatformClient.ValidationSummary(html).ShouldBeEmpty();
        }
    }
}

/// <summary>Own host: failed sign-ins from one address are throttled whatever names they try.</summary>
public sealed class FailedSignInThrottleTests(FailedSignInThrottleTests.ThrottledFactory factory) : IClassFixture<FailedSignInThrottleTests.ThrottledFactory>
{
    public sealed class ThrottledFactory : PlatformFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["RateLimits:FailedSignInsPerAddress"] = "3" };
    }

    [Fact]
    public async Task An_address_with_too_many_failed_sign_ins_is_refused_for_a_while_even_with_a_right_password()
    {
        using var client = factory.AnonymousClient();
        foreach (var name in new[] { "someone1", "someone2", "reviewer110113" })
        {
            (await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = name, ["Input.Password"] = "Wrong@1234" }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = "reviewer110114", ["Input.Password"] = PlatformFactory.DemoPassword });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        PlatformClient.ValidationSummary(await refused.Content.ReadAsStringAsync()).ShouldContain("登录失败次数过多，请 30 分钟后再试。");

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var later = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = "reviewer110114", ["Input.Password"] = PlatformFactory.DemoPassword });
        later.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}

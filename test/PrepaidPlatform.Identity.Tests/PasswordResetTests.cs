using System.Net;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Identity.Tests;

/// <summary>忘记密码 (F2) for the demo operator 演示企业2, whose administrator registered 13800000002.</summary>
public sealed class PasswordResetTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Operator = "91110107MA01AB2C3C";
    private const string Phone = "13800000002";
    private const string NewPassword = "Nn#2026abc";

    private static Dictionary<string, string> Reset(string phone, string code, string password = NewPassword) => new()
    {
        ["Input.UserName"] = Operator,
        ["Input.Phone"] = phone,
        ["Input.Code"] = code,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    private static Task<HttpResponseMessage> SendCodeAsync(PlatformClient client, string phone) =>
        client.PostFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.UserName"] = Operator, ["Input.Phone"] = phone }, "/Account/ForgotPassword?handler=SendCode");

    private static Task<HttpResponseMessage> ResetAsync(PlatformClient client, Dictionary<string, string> fields) =>
        client.PostFormAsync("/Account/ForgotPassword", fields, "/Account/ForgotPassword?handler=Reset");

    [Fact]
    public async Task A_locked_out_administrator_resets_the_password_by_SMS_code_and_signs_in_with_the_new_one()
    {
        using var client = factory.AnonymousClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = Operator, ["Input.Password"] = "Wrong@1234" });
        }

        var locked = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = Operator, ["Input.Password"] = PlatformFactory.DemoPassword });
        (await locked.Content.ReadAsStringAsync()).ShouldContain("账号已被锁定，请 30 分钟后再试");

        var sent = await (await SendCodeAsync(client, Phone)).Content.ReadAsStringAsync();
        sent.ShouldContain("如手机号为该账号的注册手机号，验证码已发送，5分钟内有效。");
        var code = await factory.LatestCodeAsync(Phone);

        var weak = await (await ResetAsync(client, Reset(Phone, code, "abc"))).Content.ReadAsStringAsync();
        RegistrationJourney.FieldError(weak, "Password").ShouldContain("8-16位");

        var reset = await ResetAsync(client, Reset(Phone, code));
        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await reset.Content.ReadAsStringAsync()));
        var login = await client.GetPageAsync(reset.Headers.Location!.OriginalString);
        login.ShouldContain("密码已重置，请使用新密码登录。");
        login.ShouldContain($"value=\"{Operator}\"");

        using var signedIn = await factory.SignedInClientAsync(Operator, NewPassword);
        (await signedIn.GetPageAsync("/Operator")).ShouldContain("演示企业2");

        // The code is spent.
        var again = await (await ResetAsync(client, Reset(Phone, code, "Other#2026x"))).Content.ReadAsStringAsync();
        RegistrationJourney.FieldError(again, "Code").ShouldBe("请先获取验证码。");
    }

    [Fact]
    public async Task A_phone_that_is_not_the_accounts_gets_the_same_answer_but_no_code()
    {
        using var client = factory.AnonymousClient();
        var html = await (await SendCodeAsync(client, "13900000999")).Content.ReadAsStringAsync();
        html.ShouldContain("如手机号为该账号的注册手机号，验证码已发送，5分钟内有效。");
        var reset = await (await ResetAsync(client, Reset("13900000999", "123456"))).Content.ReadAsStringAsync();
        RegistrationJourney.FieldError(reset, "Code").ShouldBe("请先获取验证码。");
    }

    [Fact]
    public async Task Missing_and_malformed_fields_are_named()
    {
        using var client = factory.AnonymousClient();
        var html = await (await ResetAsync(client, new Dictionary<string, string> { ["Input.Phone"] = "123" })).Content.ReadAsStringAsync();
        RegistrationJourney.FieldError(html, "UserName").ShouldBe("请输入统一社会信用代码。");
        RegistrationJourney.FieldError(html, "Phone").ShouldBe("请输入正确的11位手机号码。");
        RegistrationJourney.FieldError(html, "Code").ShouldBe("请输入短信验证码。");
        RegistrationJourney.FieldError(html, "Password").ShouldBe("请输入新密码。");
    }
}

/// <summary>修改密码 (其他说明 · 方式 2): own host, it changes the demo operator's password and moves the clock.</summary>
public sealed class ChangePasswordTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Operator = "91110107MA01AB2C3C";

    [Fact]
    public async Task Changing_the_password_signs_out_this_session_and_the_others()
    {
        using var other = await factory.SignedInClientAsync(Operator);
        using var client = await factory.SignedInClientAsync(Operator);

        var wrong = await client.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "Wrong@1234", ["Input.Password"] = "Nn#2026abc", ["Input.ConfirmPassword"] = "Nn#2026abc",
        });
        RegistrationJourney.FieldError(await wrong.Content.ReadAsStringAsync(), "CurrentPassword").ShouldBe("原密码不正确。");

        var changed = await client.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = PlatformFactory.DemoPassword, ["Input.Password"] = "Nn#2026abc", ["Input.ConfirmPassword"] = "Nn#2026abc",
        });
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetPageAsync(changed.Headers.Location!.OriginalString)).ShouldContain("密码已修改，请使用新密码重新登录。");
        (await client.GetAsync("/Operator")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The other session dies at its next security-stamp check.
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var stale = await other.GetAsync("/Operator");
        stale.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.Headers.Location!.OriginalString.ShouldContain("/Account/Login");

        using var fresh = await factory.SignedInClientAsync(Operator, "Nn#2026abc");
        (await fresh.GetPageAsync("/Operator")).ShouldContain("演示企业2");
    }
}

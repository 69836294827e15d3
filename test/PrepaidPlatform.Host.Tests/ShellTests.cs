using System.Net;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests;

/// <summary>The UI shell: Chinese by default with an English switch, Chinese error pages, antiforgery, security headers, metrics.</summary>
public sealed class ShellTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Every_page_carries_a_content_security_policy_and_hardening_headers()
    {
        using var client = factory.AnonymousClient();
        var response = await client.GetAsync("/");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }

    [Fact]
    public async Task An_unknown_page_answers_404_with_a_Chinese_page()
    {
        using var client = factory.AnonymousClient();
        var response = await client.GetAsync("/no-such-page");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("页面不存在");
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        using var client = factory.AnonymousClient();
        var response = await client.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "reviewer110108",
            ["Input.Password"] = PlatformFactory.DemoPassword,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith("PrepaidPlatform.Auth", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_language_switch_turns_the_shell_to_English_and_back_to_Chinese()
    {
        using var client = factory.AnonymousClient();
        (await client.GetAsync("/Culture/Set?culture=en&returnUrl=/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var english = await client.GetPageAsync("/");
        english.ShouldContain("Beijing Single-Purpose Commercial Prepaid Card Filing Service Platform");
        english.ShouldContain("lang=\"en\"");

        await client.GetAsync("/Culture/Set?culture=zh-CN&returnUrl=/");
        (await client.GetPageAsync("/")).ShouldContain("北京市单用途商业预付卡备案管理服务平台");
    }

    [Fact]
    public async Task The_language_switch_never_redirects_off_site()
    {
        using var client = factory.AnonymousClient();
        var response = await client.GetAsync("/Culture/Set?culture=en&returnUrl=//evil.example/");
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task Metrics_are_not_served_to_an_anonymous_visitor()
    {
        using var client = factory.AnonymousClient();
        var metrics = await client.GetAsync("/metrics");
        metrics.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        metrics.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task The_header_account_menu_shows_the_operators_masked_phone_with_change_password_and_sign_out()
    {
        using var client = await factory.SignedInClientAsync("91110107MA01AB2C3C");
        var header = HeaderOf(await client.GetPageAsync("/Operator"));

        // 其他说明 · 修改密码 方式 2: 点击右上角账户，在下拉菜单中，选择【修改密码】 ("180****0001 ▾" in the manual).
        header.ShouldContain("data-testid=\"account-menu\">138****0002 ▾</button>");
        header.ShouldNotContain("13800000002");
        var menu = header[header.IndexOf("dropdown-menu", StringComparison.Ordinal)..];
        menu.ShouldContain("href=\"/Account/ChangePassword\"");
        menu.ShouldContain("修改密码");
        menu.ShouldContain("action=\"/Account/Logout\"");
        menu.ShouldContain("退出");

        (await client.GetPageAsync("/Account/ChangePassword")).ShouldContain("修改密码");
        await client.SignOutAsync();
        (await client.GetAsync("/Operator")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Staff_without_a_registered_phone_see_their_account_name_on_the_menu_and_visitors_no_menu()
    {
        using var staff = await factory.SignedInClientAsync("reviewer110108");
        HeaderOf(await staff.GetPageAsync("/")).ShouldContain("data-testid=\"account-menu\">reviewer110108 ▾</button>");

        using var visitor = factory.AnonymousClient();
        var header = HeaderOf(await visitor.GetPageAsync("/"));
        header.ShouldNotContain("account-menu");
        header.ShouldContain("/Account/Login");
    }

    private static string HeaderOf(string page) => page[page.IndexOf("<header", StringComparison.Ordinal)..(page.IndexOf("</header>", StringComparison.Ordinal) + 9)];

    [Fact]
    public async Task The_operator_menu_follows_the_manual_and_unbuilt_items_say_so_honestly()
    {
        using var client = await factory.SignedInClientAsync("91110107MA01AB2C3C");
        var home = await client.GetPageAsync("/Operator");
        foreach (var item in new[] { "备案管理", "备案信息", "备案码", "存管账户", "数据填报", "合同管理", "合同模板", "已签合同" })
        {
            home.ShouldContain(item);
        }

        (await client.GetPageAsync("/Operator/Pending/custody")).ShouldContain("尚未开通");
        var staffOnly = await client.GetAsync("/Work");
        staffOnly.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
    }

    [Fact]
    public async Task The_menu_marks_only_the_page_the_user_is_on()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var html = await city.GetPageAsync("/Workflows/Definitions");
        html.ShouldContain("class=\"nav-link active\" href=\"/Workflows/Definitions\"");
        html.ShouldContain("class=\"nav-link \" href=\"/Work\"");
    }
}

/// <summary>
/// HSTS is on in every environment but Development. A production host cannot start in a test (no real licence
/// service exists yet: Hardening/ProductionStartupTests), so the Testing host shows it.
/// </summary>
public sealed class ProductionShellTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Https_responses_carry_strict_transport_security_outside_development()
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://platform.example/") });
        var response = await client.GetAsync("/");
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=");
    }
}

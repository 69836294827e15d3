using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Hardening;

/// <summary>
/// Issue 15 item 4: hostile form input — script in a text field, an over-long field, bytes that are not UTF-8, a forged
/// antiforgery token — is stored inert and shown encoded, or refused in Chinese with the data unchanged.
/// </summary>
public sealed class HostileFormTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Guid Dongcheng = TenantSeeder.IdFor("110101");

    private Task<DistrictProfile> ProfileAsync() => factory.InScopeAsync(async sp =>
    {
        using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(Dongcheng);
        return (await sp.GetRequiredService<DistrictProfileService>().MineAsync(default))!;
    });

    private async Task<(PlatformClient Client, string Url)> ReviewerAsync() =>
        (await factory.SignedInClientAsync("admin110101"), $"/Platform/DistrictProfile/{(await ProfileAsync()).Id}");

    [Fact]
    public async Task Script_in_a_text_field_is_stored_as_text_and_shown_encoded_on_the_page_and_in_the_audit()
    {
        var (client, url) = await ReviewerAsync();
        using var _ = client;
        const string Script = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        (await client.PostFormAsync(url, new Dictionary<string, string> { ["Input.BureauName"] = "北京市东城区商务局", ["Input.Address"] = Script }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ProfileAsync()).Address.ShouldBe(Script);

        var page = await client.GetPageAsync(url);
        page.ShouldNotContain("<script>alert('xss')");
        page.ShouldNotContain("<img src=x");
        page.ShouldContain("&lt;script&gt;");

        using var city = await factory.SignedInClientAsync("cityadmin");
        var audit = await city.GetPageAsync($"/Platform/Audit?EntityType=DistrictProfile&District={Dongcheng}");
        audit.ShouldNotContain("<script>alert('xss')");
        audit.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public async Task An_over_long_field_is_refused_in_chinese_and_nothing_changes()
    {
        var (client, url) = await ReviewerAsync();
        using var _ = client;
        var before = (await ProfileAsync()).Address;
        var response = await client.PostFormAsync(url, new Dictionary<string, string> { ["Input.BureauName"] = "北京市东城区商务局", ["Input.Address"] = new string('址', 10_000) });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("地址不超过128个字");
        (await ProfileAsync()).Address.ShouldBe(before);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_are_stored_as_inert_text_never_as_markup()
    {
        var (client, url) = await ReviewerAsync();
        using var _ = client;
        var page = await client.GetPageAsync(url);
        // GBK bytes for 地址 and a raw 0xFF: the form is read as UTF-8, so they stay inert text, and "<" stays a character.
        var body = "__RequestVerificationToken=" + Uri.EscapeDataString(PlatformClient.AntiforgeryToken(page)) +
            "&Input.BureauName=" + Uri.EscapeDataString("北京市东城区商务局") + "&Input.Address=%B5%D8%D6%B7%FF%3Cb%3E";
        var response = await client.Http.PostAsync(url, new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = (await ProfileAsync()).Address;
        stored.ShouldEndWith("<b>");
        stored.ShouldStartWith("%B5%D8"); // a sequence that is not UTF-8 stays as its literal escape text
        (await client.GetPageAsync(url)).ShouldNotContain("<b>");
    }

    [Fact]
    public async Task A_key_with_an_unclosed_bracket_is_ignored_in_a_form_and_in_a_url_not_answered_with_an_error()
    {
        // The form fuzz found it: ASP.NET Core's jQuery value providers threw on "a[" and every page answered 500.
        var (client, url) = await ReviewerAsync();
        using var _ = client;
        var page = await client.GetPageAsync(url);
        var body = "__RequestVerificationToken=" + Uri.EscapeDataString(PlatformClient.AntiforgeryToken(page)) +
            "&Input.BureauName=" + Uri.EscapeDataString("北京市东城区商务局") + "&Input.Address=" + Uri.EscapeDataString("括号键旁的地址") + "&a[=1&[=2&Input[=3";
        var response = await client.Http.PostAsync(url, FormFuzzer.Form(body));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ProfileAsync()).Address.ShouldBe("括号键旁的地址");

        (await client.Http.GetAsync(url + "?a[=1&[=2")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_checkbox_posted_with_a_value_that_is_not_a_boolean_is_refused_in_chinese_not_answered_with_an_error()
    {
        // The form fuzz found it: the form shown again rendered the checkbox from the posted text, and the tag helper threw.
        using var city = await factory.SignedInClientAsync("cityadmin");
        var users = await factory.CountAsync("SELECT COUNT(*) FROM Identity_Users");
        var response = await city.PostFormAsync("/Identity/Staff", new Dictionary<string, string>
        {
            ["Input.UserName"] = "checkbox.forged",
            ["Input.DisplayName"] = "测试人员",
            ["Input.Side"] = "District",
            ["Input.TenantId"] = Dongcheng.ToString(),
            ["Input.DistrictAdmin"] = "}}",
            ["Input.Password"] = "Aa@123456",
        }, "/Identity/Staff?handler=Create");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PlatformClient.ValidationSummary(await response.Content.ReadAsStringAsync()).ShouldContain("“}}”不是有效的");
        (await factory.CountAsync("SELECT COUNT(*) FROM Identity_Users")).ShouldBe(users);
    }

    [Fact]
    public async Task An_optional_field_left_blank_is_saved_blank_not_refused_in_english()
    {
        // The form fuzz found it: 地址 and 受理时间 were implicitly required, and a blank one answered "The Address field is required."
        var (client, url) = await ReviewerAsync();
        using var _ = client;
        var response = await client.PostFormAsync(url, new Dictionary<string, string> { ["Input.BureauName"] = "北京市东城区商务局", ["Input.Address"] = "\t", ["Input.ServiceHours"] = "" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await response.Content.ReadAsStringAsync()));
        (await ProfileAsync()).Address.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_forged_antiforgery_token_is_refused_with_a_chinese_page_and_nothing_changes()
    {
        var (client, url) = await ReviewerAsync();
        using var _ = client;
        var before = (await ProfileAsync()).Address;
        await client.GetPageAsync(url);
        var response = await client.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = "CfDJ8-forged-" + new string('A', 100),
            ["Input.BureauName"] = "北京市东城区商务局",
            ["Input.Address"] = "伪造令牌写入的地址",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("安全校验未通过");
        (await ProfileAsync()).Address.ShouldBe(before);

        // Without any token at all, the same.
        var bare = await client.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.BureauName"] = "x", ["Input.Address"] = "无令牌" }));
        bare.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProfileAsync()).Address.ShouldBe(before);
    }
}

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Platform.Tests.SettingsTestExtensions;

namespace PrepaidPlatform.Platform.Tests;

/// <summary>系统设置 (city) and 本区设置 (district) through the real pages.</summary>
public sealed class SettingsPageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string CityPage = "/Platform/Settings";
    private const string DistrictPage = "/Platform/DistrictSettings";

    private static Task<HttpResponseMessage> PostAsync(PlatformClient client, string page, string handler, IDictionary<string, string> fields) =>
        client.PostFormAsync(page, fields, $"{page}?handler={handler}");

    [Fact]
    public async Task City_page_lists_the_rule_profile_group_with_values_sources_and_help()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var html = await city.GetPageAsync(CityPage);
        html.ShouldContain("规则配置");
        html.ShouldContain("适用规则");
        html.ShouldContain($"data-setting=\"{RuleSettings.FilingThresholdFen}\"");
        html.ShouldContain("50000000（500,000 元）");
        html.ShouldContain("默认");
        html.ShouldContain("未经证实");
        html.ShouldContain("受理机关信息");
    }

    [Fact]
    public async Task City_administrator_changes_a_figure_then_resets_it_to_the_default()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var saved = await PostAsync(city, CityPage, "Save", new Dictionary<string, string> { ["name"] = RuleSettings.ReviewWorkingDays, ["value"] = "5" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RulesAsync()).ReviewWorkingDays.ShouldBe(5);
        var row = Row(await city.GetPageAsync(CityPage), RuleSettings.ReviewWorkingDays);
        row.ShouldContain("市级设置");
        row.ShouldContain("恢复默认");

        var reset = await PostAsync(city, CityPage, "Reset", new Dictionary<string, string> { ["name"] = RuleSettings.ReviewWorkingDays });
        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RulesAsync()).ReviewWorkingDays.ShouldBe(3);
        Row(await city.GetPageAsync(CityPage), RuleSettings.ReviewWorkingDays).ShouldNotContain("恢复默认");
    }

    [Fact]
    public async Task City_administrator_switches_the_deployment_to_the_Shanghai_profile()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        (await PostAsync(city, CityPage, "Save", new Dictionary<string, string> { ["name"] = RuleSettings.Profile, ["value"] = nameof(RuleProfileKind.Shanghai) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RulesAsync()).Profile.ShouldBe(RuleProfileKind.Shanghai);
        Row(await city.GetPageAsync(CityPage), RuleSettings.Profile).ShouldContain("上海");

        (await PostAsync(city, CityPage, "Reset", new Dictionary<string, string> { ["name"] = RuleSettings.Profile })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RulesAsync()).Profile.ShouldBe(RuleProfileKind.Beijing);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_shown_again_with_a_Chinese_message_and_not_stored()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var response = await PostAsync(city, CityPage, "Save", new Dictionary<string, string> { ["name"] = RuleSettings.CustodyPercent, ["value"] = "四成" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        PlatformClient.ValidationSummary(html).ShouldContain("“存管比例（%）”须为数字");
        Row(html, RuleSettings.CustodyPercent).ShouldContain("value=\"四成\"");
        (await RulesAsync()).CustodyRatio.ShouldBe(0.40m);
    }

    [Fact]
    public async Task A_district_administrator_cannot_open_or_post_to_the_city_settings_page()
    {
        using var district = await factory.SignedInClientAsync("admin110108");
        var get = await district.GetAsync(CityPage);
        CalendarPageTests.IsDenied(get).ShouldBeTrue($"{(int)get.StatusCode} {get.Headers.Location}");

        var page = await district.GetPageAsync(DistrictPage);
        var post = await district.Http.PostAsync(CityPage + "?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = RuleSettings.FilingThresholdFen,
            ["value"] = "1",
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
        }));
        CalendarPageTests.IsDenied(post).ShouldBeTrue($"{(int)post.StatusCode} {post.Headers.Location}");
        (await RulesAsync()).FilingThresholdFen.ShouldBe(50_000_000);
    }

    [Fact]
    public async Task A_district_reviewer_cannot_open_the_district_settings_which_belong_to_the_district_administrator()
    {
        using var reviewer = await factory.SignedInClientAsync("reviewer110108");
        var get = await reviewer.GetAsync(DistrictPage);
        CalendarPageTests.IsDenied(get).ShouldBeTrue($"{(int)get.StatusCode} {get.Headers.Location}");
    }

    [Fact]
    public async Task District_page_lists_only_the_settings_districts_may_override()
    {
        using var district = await factory.SignedInClientAsync("admin110108");
        var html = await district.GetPageAsync(DistrictPage);
        html.ShouldContain("海淀区");
        html.ShouldContain($"data-setting=\"{PlatformSettings.BureauPhone}\"");
        html.ShouldNotContain($"data-setting=\"{RuleSettings.Profile}\"");
        html.ShouldNotContain($"data-setting=\"{PlatformSettings.DistrictTwoFactorRequired}\"");
    }

    [Fact]
    public async Task A_district_changes_only_its_own_value_even_when_the_form_names_another_district()
    {
        var chaoyang = District(Chaoyang);
        (await factory.AsAsync(Chaoyang, sp => sp.GetRequiredService<SettingManager>().SetForDistrictAsync(PlatformSettings.BureauPhone, "010-85000001")))
            .Succeeded.ShouldBeTrue();

        using var haidian = await factory.SignedInClientAsync("admin110108");
        var response = await PostAsync(haidian, DistrictPage, "Save", new Dictionary<string, string>
        {
            ["name"] = PlatformSettings.BureauPhone,
            ["value"] = "010-82000002",
            // Fields a tampered form might add: the district comes from the signed-in user, never from the request.
            ["tenantId"] = chaoyang.ToString(),
            ["providerKey"] = chaoyang.ToString(),
            ["district"] = Chaoyang,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await factory.SettingAsync(PlatformSettings.BureauPhone, Haidian)).ShouldBe("010-82000002");
        (await factory.SettingAsync(PlatformSettings.BureauPhone, Chaoyang)).ShouldBe("010-85000001");
        (await factory.SettingAsync(PlatformSettings.BureauPhone)).ShouldBe("12345");
        Row(await haidian.GetPageAsync(DistrictPage), PlatformSettings.BureauPhone).ShouldContain("区级设置");
    }

    [Fact]
    public async Task A_district_cannot_change_a_city_wide_rule_through_its_page()
    {
        using var district = await factory.SignedInClientAsync("admin110108");
        var response = await PostAsync(district, DistrictPage, "Save", new Dictionary<string, string> { ["name"] = RuleSettings.CustodyPercent, ["value"] = "10" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        PlatformClient.ValidationSummary(await response.Content.ReadAsStringAsync()).ShouldContain("由市商务委统一设置，各区不能修改");
        (await factory.SettingAsync(RuleSettings.CustodyPercent, Haidian)).ShouldBe("40");
    }

    private Task<RuleFigures> RulesAsync() => factory.InScopeAsync(sp => sp.GetRequiredService<IRuleProfile>().GetAsync());

    /// <summary>The table row of one setting.</summary>
    private static string Row(string html, string name)
    {
        var start = html.IndexOf($"data-setting=\"{name}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no row for {name}");
        var end = html.IndexOf("</tr>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}

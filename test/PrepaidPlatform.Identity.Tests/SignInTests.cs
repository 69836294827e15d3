using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Identity.Tests;

public sealed class SignInTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_thirty_minutes()
    {
        using var client = factory.AnonymousClient();
        string body = string.Empty;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var response = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = "reviewer110111", ["Input.Password"] = "Wrong@1234" });
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            body = await response.Content.ReadAsStringAsync();
            if (attempt == 1)
            {
                body.ShouldContain("账号或密码错误。连续输错 5 次账号将被锁定 30 分钟。");
                body.ShouldNotContain("还可尝试");
            }
        }

        body.ShouldContain("账号已被锁定，请 30 分钟后再试");
        var withRightPassword = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = "reviewer110111", ["Input.Password"] = PlatformFactory.DemoPassword });
        (await withRightPassword.Content.ReadAsStringAsync()).ShouldContain("账号已被锁定");
    }

    [Fact]
    public async Task An_unknown_account_gets_the_same_message_as_a_wrong_password()
    {
        using var client = factory.AnonymousClient();
        var response = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = "nobody", ["Input.Password"] = "Wrong@1234" });
        (await response.Content.ReadAsStringAsync()).ShouldContain("账号或密码错误");
    }

    [Fact]
    public async Task The_city_creates_a_district_staff_account_that_can_sign_in_and_disabling_it_stops_sign_in()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var created = await city.PostFormAsync("/Identity/Staff", new Dictionary<string, string>
        {
            ["Input.UserName"] = "tongzhou.test",
            ["Input.DisplayName"] = "通州区测试",
            ["Input.Side"] = "District",
            ["Input.TenantId"] = PrepaidPlatform.Platform.Tenants.TenantSeeder.IdFor("110112").ToString(),
            ["Input.Password"] = "Test@2026x",
        }, postUrl: "/Identity/Staff?handler=Create");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await created.Content.ReadAsStringAsync()));

        using var staff = await factory.SignedInClientAsync("tongzhou.test", "Test@2026x");
        (await staff.GetPageAsync("/Work")).ShouldContain("通州区");

        var id = await factory.InScopeAsync(async sp =>
        {
            using var unfiltered = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return (await sp.GetRequiredService<UserManager<PlatformUser>>().FindByNameAsync("tongzhou.test"))!.Id;
        });
        var disabled = await city.PostFormAsync("/Identity/Staff", new Dictionary<string, string> { ["id"] = id.ToString() }, postUrl: "/Identity/Staff?handler=Disable");
        disabled.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var again = factory.AnonymousClient();
        var refused = await again.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = "tongzhou.test", ["Input.Password"] = "Test@2026x" });
        (await refused.Content.ReadAsStringAsync()).ShouldContain("账号或密码错误");
    }

    [Fact]
    public async Task A_staff_password_outside_the_manuals_rule_is_refused_in_Chinese()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var response = await city.PostFormAsync("/Identity/Staff", new Dictionary<string, string>
        {
            ["Input.UserName"] = "too.long",
            ["Input.DisplayName"] = "测试",
            ["Input.Side"] = "City",
            ["Input.Password"] = "Abcdefgh1234567@x",
        }, postUrl: "/Identity/Staff?handler=Create");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("密码长度须为8-16位");
    }

    [Fact]
    public async Task The_city_sees_each_roles_permissions_grouped_by_module_and_side()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var html = await city.GetPageAsync("/Identity/Roles");
        html.ShouldContain("data-testid=\"role-city-admin\"");
        html.ShouldContain("Identity.Staff.Manage");
        html.ShouldContain("Platform.Settings.ManageDistrict");
    }
}

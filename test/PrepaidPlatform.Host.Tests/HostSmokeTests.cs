using System.Net;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests;

public sealed class HostSmokeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Home_page_is_served_in_Chinese()
    {
        using var client = factory.AnonymousClient();
        var html = await client.GetPageAsync("/");
        html.ShouldContain("北京市单用途商业预付卡备案管理服务平台");
        html.ShouldContain("lang=\"zh-CN\"");
    }

    [Fact]
    public async Task Health_reports_database_reachable_and_migrated()
    {
        using var client = factory.AnonymousClient();
        var response = await client.GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task District_reviewer_signs_in_and_sees_the_work_layout_of_the_district()
    {
        using var client = await factory.SignedInClientAsync("reviewer110108");
        var html = await client.GetPageAsync("/Work");
        html.ShouldContain("data-testid=\"work-layout\"");
        html.ShouldContain("海淀区");
    }

    [Fact]
    public async Task City_administrator_must_enrol_an_authenticator_and_then_signs_in_with_two_factors()
    {
        using var first = await factory.SignedInClientAsync("cityadmin");
        (await first.GetPageAsync("/Work")).ShouldContain("全市");
        await first.SignOutAsync();

        using var second = await factory.SignedInClientAsync("cityadmin");
        (await second.GetPageAsync("/Identity/Staff")).ShouldContain("reviewer110101");
    }
}

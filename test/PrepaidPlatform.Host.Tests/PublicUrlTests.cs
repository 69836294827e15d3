using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests;

/// <summary>
/// Addresses that live outside the platform: printed QR codes carry /FilingCode/{备案编号}, SMS and the login and
/// registration entries are bookmarked. Moving a page (into an area, say) must never change them (docs/adr/0012).
/// </summary>
public sealed class PublicUrlTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("FilingCode/{number?}")]
    [InlineData("FilingCode/Deregistrations")]
    [InlineData("Account/Login")]
    [InlineData("Account/Logout")]
    [InlineData("Account/AccessDenied")]
    [InlineData("Account/ForgotPassword")]
    [InlineData("Account/EnableAuthenticator")]
    [InlineData("Onboarding/Register")]
    [InlineData("Onboarding/Sandbox")]
    [InlineData("Onboarding/Terms")]
    [InlineData("Filing/Info")]
    public void Route_is_served_at_its_public_address(string pattern)
    {
        var patterns = factory.Services.GetServices<EndpointDataSource>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText);
        patterns.ShouldContain(pattern);
    }

    [Fact]
    public async Task Printed_filing_code_address_answers_with_the_public_page()
    {
        using var client = factory.AnonymousClient();
        // No filing has this number: the page itself answers 404 with its notice, which a missing route would not.
        var response = await client.GetAsync("/FilingCode/SW2099010199999");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"code-not-found\"");
    }

    [Theory]
    [InlineData("/FilingCode", "data-testid=\"code-search\"")]
    [InlineData("/Account/Login", "name=\"Input.UserName\"")]
    [InlineData("/Onboarding/Register", "data-testid=\"sandbox-link\"")]
    public async Task Entry_page_answers_an_anonymous_visitor(string url, string marker)
    {
        using var client = factory.AnonymousClient();
        (await client.GetPageAsync(url)).ShouldContain(marker);
    }

    [Fact]
    public async Task The_registration_QR_code_carries_a_web_address_a_phone_can_open()
    {
        using var client = factory.AnonymousClient();
        var page = await client.GetPageAsync("/Onboarding/Register");
        var content = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "data-qr-content=\"([^\"]*)\"").Groups[1].Value);
        // A relative path (what the page encoded on Linux, where "/Onboarding/…" parsed as a file:// address) opens nothing.
        content.ShouldStartWith("http");
        new Uri(content).AbsolutePath.ShouldBe("/Onboarding/Sandbox");
    }
}

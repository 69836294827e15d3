using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Identity.Tests;

/// <summary>Own host: the city administrator enrols here, near the real time.</summary>
public sealed class AuthenticatorKeyTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Once_two_factors_are_on_the_enrolment_page_never_shows_the_key_again()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var html = await city.GetPageAsync("/Account/EnableAuthenticator");
        html.ShouldContain("data-testid=\"authenticator-enabled\"");
        html.ShouldNotContain("data-testid=\"authenticator-key\"");
        html.ShouldNotContain("data:image/png;base64");

        var posted = await city.Http.PostAsync("/Account/EnableAuthenticator", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = "123456",
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(html),
        }));
        var answer = await posted.Content.ReadAsStringAsync();
        answer.ShouldNotContain("data-testid=\"authenticator-key\"");
        answer.ShouldContain("data-testid=\"authenticator-enabled\"");
    }
}

using System.Net;
using System.Text.RegularExpressions;
using OtpNet;
using Shouldly;

namespace PrepaidPlatform.Testing;

/// <summary>
/// An HTTP client that behaves like a browser user: it keeps cookies, reads the antiforgery token of a form
/// before posting it, and completes the two-factor steps with codes computed from the enrolled key.
/// </summary>
public sealed partial class PlatformClient(HttpClient http, PlatformFactory factory) : IDisposable
{
    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<string> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>GETs <paramref name="pageUrl"/> for its antiforgery token, then posts the fields to <paramref name="postUrl"/> (the page itself by default).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, IDictionary<string, string> fields, string? postUrl = null)
    {
        var page = await GetPageAsync(pageUrl);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(page) };
        return await Http.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(form));
    }

    public async Task SignInAsync(string userName, string password)
    {
        var response = await PostFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode} {ValidationSummary(body)}");
        }

        if (location.Contains("LoginWith2fa", StringComparison.Ordinal))
        {
            var code = CurrentCode(factory.AuthenticatorKeys[userName]);
            response = await PostFormAsync(location, new Dictionary<string, string> { ["Code"] = code });
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "second factor refused");
            location = response.Headers.Location?.OriginalString ?? string.Empty;
        }

        // Landing somewhere that asks for enrolment: staff who must use two factors enrol an authenticator first.
        var landing = await Http.GetAsync(location);
        if (landing.StatusCode == HttpStatusCode.Redirect && landing.Headers.Location?.OriginalString.Contains("EnableAuthenticator", StringComparison.Ordinal) == true)
        {
            await EnrollAuthenticatorAsync(userName);
        }
    }

    public async Task EnrollAuthenticatorAsync(string userName)
    {
        var page = await GetPageAsync("/Account/EnableAuthenticator");
        var key = AuthenticatorKeyRegex().Match(page).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        key.ShouldNotBeNullOrEmpty();
        factory.AuthenticatorKeys[userName] = key;
        var response = await Http.PostAsync("/Account/EnableAuthenticator", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = CurrentCode(key),
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "authenticator enrolment refused");
    }

    public async Task SignOutAsync()
    {
        var page = await GetPageAsync("/");
        var response = await Http.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = AntiforgeryToken(page) }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    public static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryRegex().Match(html);
        match.Success.ShouldBeTrue("the page has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static string ValidationSummary(string html) =>
        string.Join(" ", ValidationRegex().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));

    private string CurrentCode(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(factory.Clock.GetUtcNow().UtcDateTime);

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryRegex();

    [GeneratedRegex("data-testid=\"authenticator-key\">([^<]+)<")]
    private static partial Regex AuthenticatorKeyRegex();

    [GeneratedRegex("<li>([^<]+)</li>")]
    private static partial Regex ValidationRegex();
}

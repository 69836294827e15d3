using System.Net;
using System.Text.RegularExpressions;
using Shouldly;

namespace PrepaidPlatform.Testing;

/// <summary>
/// The registration pages driven over HTTP as a browser would: licence, administrator, commitment. Shared because
/// onboarding (Host.Tests) and the administrator change and password pages (Identity.Tests) both start from it.
/// </summary>
public static partial class RegistrationJourney
{
    public const string Password = "Aa@123456";

    /// <summary>Verifies a sandbox entity's licence with a new anonymous client, which then holds the registration state.</summary>
    public static async Task<PlatformClient> VerifiedLicenceAsync(PlatformFactory factory, string uscc)
    {
        var client = factory.AnonymousClient();
        var page = await client.GetPageAsync("/Onboarding/Register");
        var challenge = ChallengeRegex().Match(page).Groups[1].Value;
        var confirmed = await client.PostFormAsync($"/Onboarding/Sandbox?challenge={challenge}", new Dictionary<string, string> { ["challenge"] = challenge, ["Uscc"] = uscc });
        (await confirmed.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"sandbox-confirmed\"");
        var submitted = await client.Http.PostAsync("/Onboarding/Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ChallengeId"] = challenge,
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
        }));
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    public static Task<HttpResponseMessage> SendCodeAsync(PlatformClient client, string phone) =>
        client.PostFormAsync("/Onboarding/Administrator", new Dictionary<string, string> { ["Input.Phone"] = phone }, "/Onboarding/Administrator?handler=SendCode");

    public static Dictionary<string, string> Details(string phone, string code, string idNumber = "11010519491231002X") => new()
    {
        ["Input.RealName"] = "测试管理员",
        ["Input.IdNumber"] = idNumber,
        ["Input.Phone"] = phone,
        ["Input.Code"] = code,
        ["Input.Password"] = Password,
        ["Input.ConfirmPassword"] = Password,
        ["Input.AgreedToTerms"] = "true",
    };

    public static Task<HttpResponseMessage> NextAsync(PlatformClient client, IDictionary<string, string> fields) =>
        client.PostFormAsync("/Onboarding/Administrator", fields, "/Onboarding/Administrator?handler=Next");

    public static Task<HttpResponseMessage> CompleteAsync(PlatformClient client) =>
        client.PostFormAsync("/Onboarding/Commitment", new Dictionary<string, string>());

    /// <summary>The whole registration of a sandbox entity; returns the client that did it (not signed in).</summary>
    public static async Task<PlatformClient> RegisterAsync(PlatformFactory factory, string uscc, string phone)
    {
        var client = await VerifiedLicenceAsync(factory, uscc);
        (await SendCodeAsync(client, phone)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var next = await NextAsync(client, Details(phone, await factory.LatestCodeAsync(phone)));
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await next.Content.ReadAsStringAsync()));
        var done = await CompleteAsync(client);
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await done.Content.ReadAsStringAsync()));
        done.Headers.Location!.OriginalString.ShouldContain("/Onboarding/Done");
        return client;
    }

    /// <summary>The text of the error span under a field.</summary>
    public static string FieldError(string html, string field) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-valmsg-for=\"Input.{field}\"[^>]*>([^<]*)<").Groups[1].Value);

    [GeneratedRegex("name=\"ChallengeId\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex ChallengeRegex();
}

using System.Net;
using System.Text.RegularExpressions;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// A second operator account, registered through the real pages (sandbox licence, SMS code, commitment) as a person
/// would, then signed in: isolation is tested against an account the platform made, not a hand-made row.
/// </summary>
internal static partial class OtherOperators
{
    public const string Password = "Aa@123456";

    /// <summary>演示企业3 of the sandbox, registered in 海淀区.</summary>
    public const string HaidianUscc = "91110108MA01AB3C3G";

    public static async Task<PlatformClient> RegisteredAndSignedInAsync(PlatformFactory factory, string uscc, string phone)
    {
        using (var registration = factory.AnonymousClient())
        {
            var page = await registration.GetPageAsync("/Onboarding/Register");
            var challenge = ChallengeRegex().Match(page).Groups[1].Value;
            var confirmed = await registration.PostFormAsync($"/Onboarding/Sandbox?challenge={challenge}",
                new Dictionary<string, string> { ["challenge"] = challenge, ["Uscc"] = uscc });
            (await confirmed.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"sandbox-confirmed\"");
            (await registration.Http.PostAsync("/Onboarding/Register", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["ChallengeId"] = challenge,
                ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
            }))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

            (await registration.PostFormAsync("/Onboarding/Administrator", new Dictionary<string, string> { ["Input.Phone"] = phone },
                "/Onboarding/Administrator?handler=SendCode")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var next = await registration.PostFormAsync("/Onboarding/Administrator", new Dictionary<string, string>
            {
                ["Input.RealName"] = "测试管理员",
                ["Input.IdNumber"] = "11010519491231002X",
                ["Input.Phone"] = phone,
                ["Input.Code"] = await factory.LatestCodeAsync(phone),
                ["Input.Password"] = Password,
                ["Input.ConfirmPassword"] = Password,
                ["Input.AgreedToTerms"] = "true",
            }, "/Onboarding/Administrator?handler=Next");
            next.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await next.Content.ReadAsStringAsync()));
            var done = await registration.PostFormAsync("/Onboarding/Commitment", new Dictionary<string, string>());
            done.Headers.Location!.OriginalString.ShouldContain("/Onboarding/Done");
        }

        return await factory.SignedInClientAsync(uscc, Password);
    }

    [GeneratedRegex("name=\"ChallengeId\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex ChallengeRegex();
}

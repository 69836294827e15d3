using System.Net;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests.Hardening;

/// <summary>
/// Issue 15 item 4: six hundred random posts to 备案信息 · 保存草稿 (seeded: a failure names its seed and post, and
/// reproduces). Each ends in a redirect (saved) or the form with Chinese messages (refused) — or, for a NUL byte, the
/// framework's 400 with the Chinese error page — never a 500; a
/// refused post leaves the stored draft exactly as it was; a saved one shows again.
/// </summary>
public sealed class FilingFormFuzzTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const int Seed = 20261207;
    private const int Posts = 600;

    [Fact]
    public async Task Random_posts_to_save_end_in_a_redirect_or_chinese_messages_and_a_refused_one_changes_nothing()
    {
        using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);
        using (var saved = await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete()))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var applicationId = FilingInfoPage.Hidden(await client.GetPageAsync(FilingInfoPage.Url), "ApplicationId");
        var stored = await factory.DemoDraftAsStoredAsync();
        var (accepted, refused) = (0, 0);
        await new FormFuzzer(Seed).RunAsync(client, FilingInfoPage.Url, FilingInfoPage.Url + "?handler=Save", FilingInfoPage.Complete(), Posts,
            async (i, response, _) =>
            {
                var now = await factory.DemoDraftAsStoredAsync();
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    // What was saved shows again (every tenth, to keep the test quick): no stored value breaks the page.
                    if (accepted++ % 10 == 0)
                    {
                        HostileText.ShouldHoldNoMarkup(await client.GetPageAsync(FilingInfoPage.Url), $"seed {Seed} 备案信息 after post #{i}");
                    }
                }
                else
                {
                    refused++;
                    now.ShouldBe(stored, $"seed {Seed} post #{i} was refused but changed the draft");
                }

                stored = now;
            },
            // A forged id is answered 404 (FilingIsolationTests); the fuzz keeps the real one.
            new Dictionary<string, string> { ["ApplicationId"] = applicationId });

        // Both answers were exercised (the run's speed is not asserted here: a loaded machine took over three minutes).
        accepted.ShouldBeGreaterThan(Posts / 20);
        refused.ShouldBeGreaterThan(Posts / 5);
        (await factory.DemoApplicationAsync()).Status.ShouldBe(FilingApplicationStatus.Draft);
    }
}

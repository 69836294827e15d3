using System.Net;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>F9: the 50 万元 threshold (a setting) is shown against the balance the operator declared.</summary>
public sealed class FilingThresholdTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_declared_balance_is_shown_as_mandatory_or_voluntary_filing()
    {
        using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);
        (await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete().With("PrepaidBalanceWan", "12"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        FilingInfoPage.TestId(await client.GetPageAsync(FilingInfoPage.Url), "threshold-status").ShouldBe("余额12万元，未达50万元，属于自主备案。");

        (await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete().With("PrepaidBalanceWan", "50"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        FilingInfoPage.TestId(await client.GetPageAsync(FilingInfoPage.Url), "threshold-status").ShouldBe("余额50万元，已达50万元，属于应当备案的经营者。");
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 公示检索's search row (issue 18) follows the demo operator's filing through the pages: approval adds it with the licence's
/// name and the 店铺名称, 更新证照 with another 企业名称 renames it, a confirmed change takes the new 店铺名称, 注销 leaves it (the
/// portal lists the filing as 已注销); the public search finds the filing by a fragment of either name at every step and
/// by an old name no longer. (<see cref="FilingSearchBackfillTests"/>: start-up adds a missing row.)
/// </summary>
public sealed class FilingSearchEntryTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Dictionary<string, (string, byte[])> NoFiles = [];

    [Fact]
    public async Task The_search_row_follows_approval_licence_update_change_and_deregistration()
    {
        // Verified under an older name: 更新证照 then brings the sandbox's 演示企业2.
        await SetStoredLicenceNameAsync("演示企业2旧名Abc");
        var filing = await factory.ApprovedDemoFilingAsync();
        (await EntryAsync(filing.Id)).Names.ShouldBe("演示企业2旧名abc" + FilingSearchEntry.Separator + "演示餐厅");
        (await EntryAsync(filing.Id)).FilingNumber.ShouldBe(filing.FilingNumber);
        foreach (var fragment in new[] { "旧名Abc", "旧名ABC", "旧名ａｂｃ", "2旧", "餐厅" })
        {
            (await FoundAsync(fragment)).ShouldBe([(filing.FilingNumber, PublicFilingStatus.Filed)], fragment);
        }

        (await FoundAsync("abc演示")).ShouldBeEmpty("a fragment never spans the two names");

        using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);
        await FilingRows.CompleteLicenceScanAsync(factory, client, FilingRows.DemoUser);
        (await EntryAsync(filing.Id)).Names.ShouldBe("演示企业2" + FilingSearchEntry.Separator + "演示餐厅");
        (await FoundAsync("旧名")).ShouldBeEmpty();
        (await FoundAsync("演示企业2")).ShouldBe([(filing.FilingNumber, PublicFilingStatus.Filed)]);

        var change = await ConfirmedChangeAsync(client, "演示餐厅（新址）");
        (await factory.DemoFilingAsync()).ApplicationId.ShouldBe(change.Id);
        (await EntryAsync(filing.Id)).Names.ShouldBe("演示企业2" + FilingSearchEntry.Separator + "演示餐厅(新址)");
        (await FoundAsync("餐厅（新址")).ShouldBe([(filing.FilingNumber, PublicFilingStatus.Filed)]);
        (await FoundAsync("餐厅(新址")).ShouldBe([(filing.FilingNumber, PublicFilingStatus.Filed)], "half-width brackets fold to the same text");

        await DeregisteredAsync(client);
        (await EntryAsync(filing.Id)).Names.ShouldBe("演示企业2" + FilingSearchEntry.Separator + "演示餐厅(新址)");
        (await FoundAsync("新址")).ShouldBe([(filing.FilingNumber, PublicFilingStatus.Deregistered)]);
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_SearchEntries")).ShouldBe(1);
    }

    [Theory]
    [InlineData("演示企业", "演示企业门店", "演示企业门店")]
    [InlineData("演示企业有限公司", "演示企业", "演示企业有限公司")]
    [InlineData("ＡＢＣ餐饮有限公司", "Abc咖啡", "abc餐饮有限公司\u001Fabc咖啡")]
    [InlineData("演示企业", null, "演示企业")]
    [InlineData("演示\u001F企业", "品牌", "演示企业\u001F品牌")]
    public void The_names_are_folded_and_kept_once_when_one_contains_the_other(string licence, string? shop, string names) =>
        FilingSearchEntry.NamesOf(licence, shop).ShouldBe(names);

    private Task<FilingSearchEntry> EntryAsync(Guid filingId) => factory.SearchEntryAsync(filingId);

    private Task<List<(string Number, PublicFilingStatus Status)>> FoundAsync(string text) => factory.PublicSearchAsync(text);

    private Task SetStoredLicenceNameAsync(string name) => factory.InScopeAsync(async sp =>
    {
        using var unfiltered = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        var db = sp.GetRequiredService<PlatformDbContext>();
        var licence = await db.Set<OperatorLicence>().SingleAsync(l => l.Uscc == FilingRows.DemoUser);
        licence.Apply(licence.ToLicence() with { Name = name }, "演示数据", licence.VerifiedAtUtc);
        await db.SaveChangesAsync();
    });

    /// <summary>变更备案 of the 店铺名称, submitted by the operator and confirmed by the district.</summary>
    private async Task<FilingApplication> ConfirmedChangeAsync(PlatformClient client, string shopName)
    {
        (await client.PostFormAsync(FilingInfoPage.Url, new Dictionary<string, string>(), FilingInfoPage.Url + "?handler=StartChange")).StatusCode
            .ShouldBe(HttpStatusCode.Redirect);
        (await FilingInfoPage.SubmitAsync(client, FilingInfoPage.Complete().With("ShopName", shopName), files: NoFiles)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var change = (await Poller.UntilAsync(factory.DemoApplicationsAsync,
            all => all.Any(a => a.Kind == FilingApplicationKind.Change && a.Status == FilingApplicationStatus.UnderReview), "the change under review"))
            .Single(a => a.Kind == FilingApplicationKind.Change);
        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        FilingInfoPage.TestId((await ReviewPage.StepAsync(reviewer, change.Id, "approve")).Html, "decision-notice").ShouldStartWith("已确认变更");
        return change;
    }

    /// <summary>注销 applied for after a 31-day notice and agreed by the district.</summary>
    private async Task DeregisteredAsync(PlatformClient client)
    {
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        (await FilingDeregistrationTests.ApplyAsync(client, FilingDeregistrationTests.Conditions(today, noticeDaysAgo: 31))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        var list = await reviewer.GetPageAsync("/Filing/Deregistrations");
        var id = System.Text.RegularExpressions.Regex.Match(list, "/Filing/Deregistrations/([0-9a-f-]{36})").Groups[1].Value;
        await FilingDeregistrationTests.StepAsync(reviewer, id, "approve");
        await Poller.UntilAsync(factory.DemoFilingAsync, f => f.Status == OperatorFilingStatus.Deregistered, "the filing to be deregistered");
    }
}

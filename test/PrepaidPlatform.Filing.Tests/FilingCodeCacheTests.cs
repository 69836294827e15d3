using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>The host with the filing-code page's cache on, as in production (the test hosts' default turns it off).</summary>
public sealed class CachedFilingCodeFactory : PlatformFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["FilingCode:CacheSeconds"] = "60" };
}

/// <summary>
/// The public filing-code page, the address a poster's QR code carries, answers from its cache (a viral code must not
/// reach the database on every scan) and drops it when what it shows changes: at once for the district's own actions,
/// after the outbox delivered the event for the other modules' changes.
/// </summary>
public sealed class FilingCodeCacheTests(CachedFilingCodeFactory factory) : IClassFixture<CachedFilingCodeFactory>
{
    [Fact]
    public async Task The_page_is_served_from_the_cache_and_a_suspension_by_the_district_shows_at_once()
    {
        var filing = await ApprovedAndDeliveredAsync();
        using var consumer = factory.AnonymousClient();
        var url = "/FilingCode/" + filing.FilingNumber;
        (await consumer.GetPageAsync(url)).ShouldNotContain("演示店铺（缓存测试）");

        // What the page shows changed only in the database, behind the module's back: the cached page stays as it was.
        await RenameShopBehindTheModulesBackAsync(filing.FilingNumber, "演示店铺（缓存测试）");
        (await consumer.GetPageAsync(url)).ShouldNotContain("演示店铺（缓存测试）");

        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        var suspended = await reviewer.PostFormAsync("/Filing/Filings", new Dictionary<string, string> { ["id"] = filing.Id.ToString(), ["reason"] = "缓存测试暂停" },
            "/Filing/Filings?handler=Suspend");
        suspended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await consumer.GetPageAsync(url);
        after.ShouldContain("缓存测试暂停");
        after.ShouldContain("演示店铺（缓存测试）");

        var resumed = await reviewer.PostFormAsync("/Filing/Filings", new Dictionary<string, string> { ["id"] = filing.Id.ToString() }, "/Filing/Filings?handler=Resume");
        resumed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await consumer.GetPageAsync(url)).ShouldNotContain("缓存测试暂停");
    }

    [Fact]
    public async Task Changed_public_credit_information_drops_the_cached_page_once_the_event_arrives()
    {
        var filing = await ApprovedAndDeliveredAsync();
        using var consumer = factory.AnonymousClient();
        var url = "/FilingCode/" + filing.FilingNumber;
        await consumer.GetPageAsync(url);
        await RenameShopBehindTheModulesBackAsync(filing.FilingNumber, "演示店铺（信用事件）");
        (await consumer.GetPageAsync(url)).ShouldNotContain("演示店铺（信用事件）");

        // CreditRisk's event, as its recompute publishes it: through the outbox, after commit.
        await factory.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<IIntegrationEventPublisher>().Publish(new PublicCreditInformationChanged(filing.OperatorUserId, "测试"));
            await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync();
        });
        await Poller.UntilAsync(() => consumer.GetPageAsync(url), html => html.Contains("演示店铺（信用事件）", StringComparison.Ordinal), "the page to drop its cached answer");
    }

    // The approval's events drop the cache when the outbox delivers them: the tests start after that.
    private async Task<Domain.OperatorFiling> ApprovedAndDeliveredAsync()
    {
        var filing = await factory.ApprovedDemoFilingAsync();
        await Poller.UntilAsync(() => factory.CountAsync("SELECT COUNT(*) FROM Platform_OutboxMessages WHERE ProcessedAtUtc IS NULL AND Failed = 0"), n => n == 0,
            "the outbox to deliver the approval's events");
        return filing;
    }

    private async Task RenameShopBehindTheModulesBackAsync(string filingNumber, string shopName)
    {
        await using var db = factory.Database.CreateContext();
        (await db.Database.ExecuteSqlRawAsync(
            "UPDATE Filing_Applications SET ShopName = {0} WHERE Id = (SELECT ApplicationId FROM Filing_Filings WHERE FilingNumber = {1})", shopName, filingNumber)).ShouldBe(1);
    }
}

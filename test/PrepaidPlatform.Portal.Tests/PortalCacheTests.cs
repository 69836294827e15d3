using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Portal.Application;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Portal.Tests;

/// <summary>
/// The portal answers from its cache (a viral QR code must not reach the database on every hit) and drops it when a
/// relevant domain event arrives through the outbox.
/// </summary>
public sealed class PortalCacheTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_operator_page_is_served_from_the_cache_until_custody_compliance_changes()
    {
        var op = await factory.APublicOperatorAsync("110108", "演示企业" + Guid.NewGuid().ToString("N")[..6], "演示品牌缓存");
        using var consumer = factory.AnonymousClient();
        async Task<string> Page() => WebUtility.HtmlDecode(await consumer.GetPageAsync("/Gongshi/Operator/" + op.FilingNumber));
        (await Page()).ShouldContain("data-testid=\"custody\">待核验<");

        // What the portal shows changed only in the database, behind the module's back: the cached page stays as it was.
        await using (var db = factory.Database.CreateContext())
        {
            (await db.Database.ExecuteSqlRawAsync("UPDATE Filing_Applications SET ShopName = {0} WHERE Uscc = {1}", "演示品牌改名", op.Uscc)).ShouldBe(1);
        }

        (await Page()).ShouldContain("演示品牌缓存");

        // Custody turns 不足: CustodyComplianceChanged reaches the portal after commit and the next view reads afresh.
        await factory.StatementAsync(op.CustodyId, balanceFen: op.BalanceFen, custodyFen: 100);
        var fresh = await Poller.UntilAsync(Page, html => html.Contains("data-testid=\"custody\">不足<", StringComparison.Ordinal), "the portal to drop its cached page");
        fresh.ShouldContain("演示品牌改名");
    }

    [Fact]
    public async Task A_credit_record_drops_the_cached_page_and_its_colour_shows_at_once()
    {
        var op = await factory.APublicOperatorAsync("110108", "演示企业" + Guid.NewGuid().ToString("N")[..6], "演示品牌信用");
        using var consumer = factory.AnonymousClient();
        async Task<string> Page() => WebUtility.HtmlDecode(await consumer.GetPageAsync("/Gongshi/Operator/" + op.FilingNumber));
        (await Page()).ShouldContain("data-testid=\"risk-colour\">绿码<");

        // 经营异常名录 turns the code yellow: the recompute publishes PublicCreditInformationChanged with the record.
        await factory.RecordsAsync(op, (CreditClasses.AbnormalOperation, 1));
        await Poller.UntilAsync(Page, html => !html.Contains("data-testid=\"risk-colour\">绿码<", StringComparison.Ordinal), "the portal to show the new colour");
    }

    [Fact]
    public async Task Suspending_the_filing_code_drops_the_cached_page()
    {
        var op = await factory.APublicOperatorAsync("110108", "演示企业" + Guid.NewGuid().ToString("N")[..6], "演示品牌暂停");
        using var consumer = factory.AnonymousClient();
        async Task<string> Page() => WebUtility.HtmlDecode(await consumer.GetPageAsync("/Gongshi/Operator/" + op.FilingNumber));
        (await Page()).ShouldNotContain("data-testid=\"suspension-reason\"");

        using var district = await factory.SignedInClientAsync("reviewer110108");
        var suspended = await district.PostFormAsync("/Filing/Filings", new Dictionary<string, string> { ["id"] = op.FilingId.ToString(), ["reason"] = "测试暂停原因" },
            "/Filing/Filings?handler=Suspend");
        suspended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await Poller.UntilAsync(Page, html => html.Contains("data-testid=\"suspension-reason\"", StringComparison.Ordinal), "the portal to show the suspension");
        page.ShouldContain("测试暂停原因");
    }

    [Fact]
    public async Task The_cache_holds_at_most_its_configured_number_of_answers_and_loads_again_after_invalidation()
    {
        using var cache = new PortalCache(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [PortalCache.EntriesSetting] = "3",
        }).Build());
        var loads = 0;
        Task<int> Load() => Task.FromResult(++loads);

        for (var i = 0; i < 10; i++)
        {
            (await cache.GetAsync("key" + i, Load)).ShouldBe(i + 1);
        }

        cache.Count.ShouldBeLessThanOrEqualTo(3);
        var before = loads;
        await cache.GetAsync("key0", Load);
        await cache.GetAsync("key0", Load);
        (loads - before).ShouldBeLessThanOrEqualTo(1);

        cache.Invalidate();
        await cache.GetAsync("key0", Load);
        cache.Count.ShouldBeLessThanOrEqualTo(3);
        (loads - before).ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task An_invalidated_answer_is_loaded_again()
    {
        using var cache = new PortalCache(new ConfigurationBuilder().Build());
        var loads = 0;
        Task<int> Load() => Task.FromResult(++loads);

        (await cache.GetAsync("operator:SW1", Load)).ShouldBe(1);
        (await cache.GetAsync("operator:SW1", Load)).ShouldBe(1);
        cache.Invalidate();
        (await cache.GetAsync("operator:SW1", Load)).ShouldBe(2);
    }
}

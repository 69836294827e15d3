using System.Net;
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

        // A credit record raises no event the portal listens to: the cached page stays as it was for its lifetime.
        await factory.RecordsAsync(op, (CreditClasses.AbnormalOperation, 1));
        var cached = await Page();
        cached.ShouldContain("data-testid=\"risk-colour\">绿码<");
        cached.ShouldContain("data-testid=\"custody\">待核验<");

        // Custody turns 不足: CustodyComplianceChanged reaches the portal after commit and the next view reads afresh.
        await factory.StatementAsync(op.CustodyId, balanceFen: op.BalanceFen, custodyFen: 100);
        var fresh = await Poller.UntilAsync(Page, html => html.Contains("data-testid=\"custody\">不足<", StringComparison.Ordinal), "the portal to drop its cached page");
        fresh.ShouldNotContain("data-testid=\"risk-colour\">绿码<");
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

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Tenancy;

/// <summary>
/// The context is pooled (issue 14): an instance serves one request after another, so nothing of one request — its
/// district, its tracked rows, an open transaction — may reach the next one on the same instance.
/// </summary>
public sealed class PooledContextTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Guid Haidian = TenantSeeder.IdFor("110108");
    private static readonly Guid Shijingshan = TenantSeeder.IdFor("110107");

    [Fact]
    public async Task A_context_back_from_the_pool_serves_the_next_scope_with_that_scopes_district_and_nothing_of_the_last()
    {
        PlatformDbContext? used = null;
        await factory.InScopeAsync(async sp =>
        {
            using var asHaidian = sp.GetRequiredService<ICurrentTenant>().Change(Haidian);
            var db = sp.GetRequiredService<PlatformDbContext>();
            used = db;
            var mine = await db.Set<DistrictProfile>().SingleAsync();
            mine.TenantId.ShouldBe(Haidian);
            // Left behind on purpose: a pending change and an open transaction, as a request that failed half-way leaves them.
            mine.Update("未保存的更名（测试）", mine.Address, mine.ServiceHours, DateTime.UtcNow);
            await db.Database.BeginTransactionAsync();
        });

        var reused = false;
        // Background work of the host may lease the instance in between, and return others: the pool is a queue, so the
        // instance comes back after every idle one ahead of it, at most the pool's size (Database:ContextPoolSize, 128).
        // A loaded CI machine's outbox left more than 50 ahead of it once.
        for (var attempt = 0; attempt < 300 && !reused; attempt++)
        {
            reused = await factory.InScopeAsync(async sp =>
            {
                using var asShijingshan = sp.GetRequiredService<ICurrentTenant>().Change(Shijingshan);
                var db = sp.GetRequiredService<PlatformDbContext>();
                if (!ReferenceEquals(db, used))
                {
                    return false;
                }

                db.ChangeTracker.Entries().ShouldBeEmpty();
                db.Database.CurrentTransaction.ShouldBeNull();
                (await db.Set<DistrictProfile>().AsNoTracking().Select(p => p.TenantId).ToListAsync()).ShouldBe([Shijingshan]);
                await db.SaveChangesAsync();
                return true;
            });
        }

        reused.ShouldBeTrue("the context was not handed out again: it is not pooled");
        var haidian = await factory.InScopeAsync(async sp =>
        {
            using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await sp.GetRequiredService<PlatformDbContext>().Set<DistrictProfile>().AsNoTracking().SingleAsync(p => p.TenantId == Haidian);
        });
        haidian.BureauName.ShouldNotBe("未保存的更名（测试）");
    }
}

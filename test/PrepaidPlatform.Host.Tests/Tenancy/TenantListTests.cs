using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Tenancy;

/// <summary>The districts' list is kept in memory (every public operator page asks it); it must be the whole seeded list.</summary>
public sealed class TenantListTests(CommandCountingFactory factory) : IClassFixture<CommandCountingFactory>
{
    [Fact]
    public async Task The_districts_are_listed_and_found_in_their_order_and_asked_of_the_database_once()
    {
        var first = await ListAsync();
        first.Select(t => t.Code).ShouldBe(TenantSeeder.Beijing.Select(d => d.Code));
        first.ShouldAllBe(t => t.IsActive);

        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var watch = factory.Commands.Watch(db, out var commands);
            var directory = sp.GetRequiredService<ITenantDirectory>();
            var again = await directory.ListAsync();
            again.Select(t => t.Id).ShouldBe(first.Select(t => t.Id));
            (await directory.FindByCodeAsync("110108"))!.Name.ShouldBe("海淀区");
            (await directory.FindAsync(TenantSeeder.IdFor("110108")))!.Code.ShouldBe("110108");
            (await directory.FindByCodeAsync("999999")).ShouldBeNull();
            (await directory.FindAsync(Guid.NewGuid())).ShouldBeNull();
            commands.ShouldBeEmpty();
        });
    }

    private Task<IReadOnlyList<TenantInfo>> ListAsync() => factory.InScopeAsync(sp => sp.GetRequiredService<ITenantDirectory>().ListAsync());
}

using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Tenancy;

/// <summary>The bureau's name is kept in memory for the public pages; the district's own edit must show at once.</summary>
public sealed class BureauNameTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Guid Haidian = TenantSeeder.IdFor("110108");

    private Task<string?> BureauAsync() => factory.InScopeAsync(sp => sp.GetRequiredService<ITenantDirectory>().BureauNameAsync(Haidian));

    [Fact]
    public async Task A_district_renaming_its_bureau_is_read_back_at_once_despite_the_cache()
    {
        (await BureauAsync()).ShouldBe("北京市海淀区商务局");
        (await BureauAsync()).ShouldBe("北京市海淀区商务局");

        await factory.InScopeAsync(async sp =>
        {
            using var asHaidian = sp.GetRequiredService<ICurrentTenant>().Change(Haidian);
            var service = sp.GetRequiredService<DistrictProfileService>();
            var mine = (await service.MineAsync(default))!;
            (await service.UpdateAsync(mine.Id, new DistrictProfileService.ProfileInput("北京市海淀区商务局（测试更名）", mine.Address, mine.ServiceHours), default)).ShouldBeTrue();
        });

        (await BureauAsync()).ShouldBe("北京市海淀区商务局（测试更名）");
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Tenancy;

/// <summary>P1: no district ever reads or changes another district's data; the city works across districts only explicitly.</summary>
public sealed class TenantIsolationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Guid Haidian = TenantSeeder.IdFor("110108");
    private static readonly Guid Shijingshan = TenantSeeder.IdFor("110107");

    private Task<Guid> ProfileIdOfAsync(Guid tenantId) => factory.InScopeAsync(async sp =>
    {
        using var unfiltered = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<DistrictProfile>().Where(p => p.TenantId == tenantId).Select(p => p.Id).SingleAsync();
    });

    private Task<DistrictProfile> ProfileAsync(Guid id) => factory.InScopeAsync(async sp =>
    {
        using var unfiltered = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<DistrictProfile>().AsNoTracking().SingleAsync(p => p.Id == id);
    });

    [Fact]
    public async Task A_district_service_call_cannot_read_or_change_another_districts_row()
    {
        var other = await ProfileIdOfAsync(Shijingshan);
        await factory.InScopeAsync(async sp =>
        {
            using var asHaidian = sp.GetRequiredService<ICurrentTenant>().Change(Haidian);
            var service = sp.GetRequiredService<DistrictProfileService>();
            (await service.FindAsync(other, default)).ShouldBeNull();
            (await service.UpdateAsync(other, new DistrictProfileService.ProfileInput("改名", "", ""), default)).ShouldBeFalse();
            (await service.MineAsync(default))!.TenantId.ShouldBe(Haidian);
        });
        (await ProfileAsync(other)).BureauName.ShouldBe("北京市石景山区商务局");
    }

    [Fact]
    public async Task A_row_of_another_district_attached_behind_the_filter_cannot_be_saved()
    {
        var otherRow = await ProfileAsync(await ProfileIdOfAsync(Shijingshan));
        await factory.InScopeAsync(async sp =>
        {
            using var asHaidian = sp.GetRequiredService<ICurrentTenant>().Change(Haidian);
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.Attach(otherRow);
            otherRow.Update("越权修改", "x", "x", DateTime.UtcNow);
            await Should.ThrowAsync<TenantIsolationException>(() => db.SaveChangesAsync());
        });
        (await ProfileAsync(otherRow.Id)).BureauName.ShouldBe("北京市石景山区商务局");
    }

    [Fact]
    public async Task A_new_district_row_is_stamped_with_the_current_district()
    {
        var id = Guid.NewGuid();
        await factory.InScopeAsync(async sp =>
        {
            using var asHaidian = sp.GetRequiredService<ICurrentTenant>().Change(Haidian);
            var db = sp.GetRequiredService<PlatformDbContext>();
            var audit = new PrepaidPlatform.Platform.Auditing.RequestAuditRecord { HttpMethod = "GET", Path = "/stamp-test", TimeUtc = DateTime.UtcNow };
            db.Add(audit);
            await db.SaveChangesAsync();
            audit.TenantId.ShouldBe(Haidian);
        });
    }

    [Fact]
    public async Task A_district_administrator_cannot_open_or_post_another_districts_profile_over_http()
    {
        var other = await ProfileIdOfAsync(Shijingshan);
        using var client = await factory.SignedInClientAsync("admin110108");

        (await client.GetAsync($"/Platform/DistrictProfile/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var ownPage = await client.GetPageAsync("/Platform/DistrictProfile");
        var post = await client.Http.PostAsync($"/Platform/DistrictProfile/{other}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.BureauName"] = "越权修改",
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(ownPage),
        }));
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProfileAsync(other)).BureauName.ShouldBe("北京市石景山区商务局");
    }

    [Fact]
    public async Task A_district_administrator_edits_the_own_district_profile_over_http()
    {
        var own = await ProfileIdOfAsync(Haidian);
        using var client = await factory.SignedInClientAsync("admin110108");
        var response = await client.PostFormAsync($"/Platform/DistrictProfile/{own}", new Dictionary<string, string>
        {
            ["Input.BureauName"] = "北京市海淀区商务局",
            ["Input.Address"] = "海淀区测试路1号",
            ["Input.ServiceHours"] = "工作日 9:00-17:00",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ProfileAsync(own)).Address.ShouldBe("海淀区测试路1号");
    }

    [Fact]
    public async Task Cross_district_access_is_refused_to_anyone_without_the_city_permission()
    {
        await factory.InScopeAsync(sp =>
        {
            Should.Throw<UnauthorizedAccessException>(() => sp.GetRequiredService<ICrossTenantAccess>().EnterCityScope());
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task The_city_lists_staff_of_every_district_and_a_district_may_not_open_the_city_page()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var html = await city.GetPageAsync("/Identity/Staff");
        html.ShouldContain("reviewer110101");
        html.ShouldContain("reviewer110119");

        using var district = await factory.SignedInClientAsync("reviewer110108");
        var denied = await district.GetAsync("/Identity/Staff");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
    }
}

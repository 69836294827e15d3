using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Auditing;

/// <summary>P2: every business change and every request of a signed-in user is recorded, append-only, searchable by the city.</summary>
public sealed class AuditTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Guid Haidian = TenantSeeder.IdFor("110108");

    private Task<List<T>> AllAsync<T>() where T : class => factory.InScopeAsync(async sp =>
    {
        using var unfiltered = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<T>().AsNoTracking().ToListAsync();
    });

    [Fact]
    public async Task A_change_through_a_page_is_audited_with_user_district_and_old_and_new_values()
    {
        var profileId = await factory.InScopeAsync(async sp =>
        {
            using var asHaidian = sp.GetRequiredService<ICurrentTenant>().Change(Haidian);
            return (await sp.GetRequiredService<DistrictProfileService>().MineAsync(default))!.Id;
        });
        using var client = await factory.SignedInClientAsync("admin110108");
        var response = await client.PostFormAsync($"/Platform/DistrictProfile/{profileId}", new Dictionary<string, string>
        {
            ["Input.BureauName"] = "北京市海淀区商务局",
            ["Input.Address"] = "审计测试地址",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var change = (await AllAsync<EntityChangeRecord>()).Single(c => c.EntityType == "DistrictProfile" && c.ChangeKind == "Updated" && c.UserName == "admin110108");
        change.TenantId.ShouldBe(Haidian);
        change.PropertyChanges.ShouldContain("\"property\":\"Address\",\"old\":\"\",\"new\":\"审计测试地址\"");
    }

    [Fact]
    public async Task Personal_data_and_secrets_are_masked_in_the_audit()
    {
        await factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PlatformUser>>();
            using var unfiltered = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var user = await users.FindByNameAsync("reviewer110105");
            await users.SetPhoneNumberAsync(user!, "18012340001");
        });

        var change = (await AllAsync<EntityChangeRecord>()).Last(c => c.EntityType == "PlatformUser" && c.PropertyChanges.Contains("PhoneNumber"));
        change.PropertyChanges.ShouldContain("180****0001");
        change.PropertyChanges.ShouldNotContain("18012340001");
        var created = (await AllAsync<EntityChangeRecord>()).First(c => c.EntityType == "PlatformUser" && c.ChangeKind == "Created");
        created.PropertyChanges.ShouldContain("\"property\":\"PasswordHash\",\"old\":null,\"new\":\"******\"");
    }

    [Fact]
    public async Task Audit_rows_cannot_be_changed_or_deleted()
    {
        await factory.InScopeAsync(async sp =>
        {
            using var unfiltered = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.Add(new RequestAuditRecord { HttpMethod = "GET", Path = "/append-only-probe", TimeUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            var row = await db.Set<EntityChangeRecord>().FirstAsync();
            row.EntityId = "tampered";
            (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message.ShouldContain("审计记录只能追加");
            db.ChangeTracker.Clear();
            db.Remove(await db.Set<RequestAuditRecord>().FirstAsync());
            await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        (await AllAsync<EntityChangeRecord>()).ShouldNotContain(r => r.EntityId == "tampered");
    }

    [Fact]
    public async Task Requests_of_signed_in_users_are_recorded_and_the_city_searches_them_by_user_and_district()
    {
        using var reviewer = await factory.SignedInClientAsync("reviewer110108");
        (await reviewer.GetAsync("/Work?audit-probe=1")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var request = (await AllAsync<RequestAuditRecord>()).Single(r => r.Path == "/Work?audit-probe=1");
        request.UserName.ShouldBe("reviewer110108");
        request.TenantId.ShouldBe(Haidian);
        request.StatusCode.ShouldBe(200);
        request.HttpMethod.ShouldBe("GET");

        using var city = await factory.SignedInClientAsync("cityadmin");
        var html = await city.GetPageAsync($"/Platform/Audit?Kind=requests&UserName=reviewer110108&District={Haidian}");
        html.ShouldContain("/Work?audit-probe=1");
        var otherDistrict = await city.GetPageAsync($"/Platform/Audit?Kind=requests&UserName=reviewer110108&District={TenantSeeder.IdFor("110101")}");
        otherDistrict.ShouldNotContain("/Work?audit-probe=1");
    }

    [Fact]
    public async Task A_district_reviewer_cannot_read_the_audit()
    {
        using var reviewer = await factory.SignedInClientAsync("reviewer110108");
        var response = await reviewer.GetAsync("/Platform/Audit");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
    }
}

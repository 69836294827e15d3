using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Requirements;

/// <summary>A host under the Shanghai rule profile, where the 严重失信主体 flag changes the requirement.</summary>
public sealed class ShanghaiRulesPlatform : PlatformFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Settings:Rules.Profile"] = "Shanghai" };
}

/// <summary>
/// 严重失信主体 (issue 12 · 4) under the Shanghai profile: <see cref="ISeriousDishonestFlags"/> lists and delists an operator
/// with a reason, which raises its requirement to 100% of a balance above 20 万 and back; the city sets it on its page (audited,
/// shown in 存管监测); a district's staff cannot, and the contract in a district's scope reaches only that district's operators.
/// </summary>
public sealed class SeriousDishonestTests(ShanghaiRulesPlatform factory) : IClassFixture<ShanghaiRulesPlatform>
{
    private const long 余额 = 34_510_000, 存管 = 20_000_000;

    /// <summary>345,100 元 with 200,000 元 in custody: 40% (138,040 元) is met; 100% is not.</summary>
    private async Task<(Guid Id, Guid UserId, Guid Tenant)> AnOperatorAsync(string district, string name)
    {
        var userId = Guid.NewGuid();
        var id = await factory.AnOperatorAsync(district, 余额, userId, name: name);
        await factory.StatementAsync(id, 余额, 存管);
        return (id, userId, await factory.TenantAsync(district));
    }

    private Task<bool> SetAsync(Guid tenant, Guid userId, bool listed, string reason) => factory.InScopeAsync(async sp =>
    {
        using var district = sp.GetRequiredService<ICurrentTenant>().Change(tenant);
        return await sp.GetRequiredService<ISeriousDishonestFlags>().SetAsync(userId, listed, reason);
    });

    private Task<CustodyRequirementView> RequirementAsync(Guid id) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PlatformDbContext>();
        var op = await db.Set<CustodyOperator>().IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == id);
        return await sp.GetRequiredService<CustodyRequirements>().EvaluateAsync(op, CancellationToken.None);
    });

    private Task<int> OpenEpisodesAsync(Guid id) => factory.InScopeAsync(sp =>
        sp.GetRequiredService<PlatformDbContext>().Set<CustodyShortfall>().IgnoreQueryFilters().CountAsync(s => s.OperatorId == id && s.EndedAtUtc == null));

    [Fact]
    public async Task Listing_raises_the_requirement_to_the_whole_balance_and_delisting_restores_forty_percent()
    {
        var (id, userId, tenant) = await AnOperatorAsync("110108", "测试失信企业一");
        (await RequirementAsync(id)).Met.ShouldBe(true);

        (await SetAsync(tenant, userId, true, "两次行政处罚（测试）")).ShouldBeTrue();

        var listed = await RequirementAsync(id);
        (listed.Ratio, listed.RequiredFen, listed.Met, listed.ShortfallFen).ShouldBe((1m, 余额, (bool?)false, 余额 - 存管));
        listed.Working.ShouldContain("× 100% = 345,100.00 元");
        (await OpenEpisodesAsync(id)).ShouldBe(1);
        var status = await factory.InScopeAsync(async sp =>
        {
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(tenant);
            return await sp.GetRequiredService<ISeriousDishonestFlags>().FindAsync(userId);
        });
        (status!.Listed, status.Reason).ShouldBe((true, "两次行政处罚（测试）"));

        (await SetAsync(tenant, userId, false, "处罚决定已撤销（测试）")).ShouldBeTrue();

        var delisted = await RequirementAsync(id);
        (delisted.Ratio, delisted.RequiredFen, delisted.Met).ShouldBe((0.4m, 13_804_000L, (bool?)true));
        (await OpenEpisodesAsync(id)).ShouldBe(0);
    }

    [Fact]
    public async Task The_contract_needs_a_reason_and_reaches_no_operator_of_another_district()
    {
        var (id, userId, haidian) = await AnOperatorAsync("110108", "测试失信企业二");

        await Should.ThrowAsync<ArgumentException>(() => SetAsync(haidian, userId, true, "  "));
        (await SetAsync(await factory.TenantAsync("110107"), userId, true, "越区设置（测试）")).ShouldBeFalse();
        (await SetAsync(haidian, Guid.NewGuid(), true, "未监管的经营者（测试）")).ShouldBeFalse();

        (await RequirementAsync(id)).SeriousDishonest.ShouldBeFalse();
    }

    [Fact]
    public async Task The_city_lists_an_operator_on_its_page_with_a_reason_audited_and_shown_in_monitoring()
    {
        var (id, _, _) = await AnOperatorAsync("110107", "测试失信企业三");
        using var city = await factory.SignedInClientAsync("cityadmin");
        var url = $"/Custody/Dishonest/Edit/{id}";
        WebUtility.HtmlDecode(await city.GetPageAsync("/Custody/Dishonest?search=测试失信企业三")).ShouldContain($"/Custody/Dishonest/Edit/{id}");

        using var missing = await city.PostFormAsync(url, new Dictionary<string, string> { ["Listed"] = "true", ["Reason"] = " " });
        missing.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()).ShouldContain("请填写列入严重失信主体的原因。");
        (await RequirementAsync(id)).SeriousDishonest.ShouldBeFalse();

        using var listed = await city.PostFormAsync(url, new Dictionary<string, string> { ["Listed"] = "true", ["Reason"] = "非法集资被提起公诉（测试）" });
        listed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await city.GetPageAsync(url)).ShouldContain("已列入严重失信主体。应存管金额已按上海规则重新计算。");
        (await RequirementAsync(id)).Met.ShouldBe(false);
        (await factory.CountAsync(
            "SELECT COUNT(*) FROM Audit_EntityChanges WHERE EntityType = 'CustodyOperator' AND EntityId = @id AND UserName = 'cityadmin' AND PropertyChanges LIKE '%非法集资被提起公诉%'",
            ("@id", id.ToString()))).ShouldBe(1);

        // The district's 存管监测 detail shows the listing and its reason, without the city's link to change it.
        using var district = await factory.SignedInClientAsync("reviewer110107");
        var detail = WebUtility.HtmlDecode(await district.GetPageAsync($"/Custody/Monitoring/Detail/{id}"));
        detail.ShouldContain("非法集资被提起公诉（测试）");
        detail.ShouldContain("是（存管比例 100%）");
        detail.ShouldNotContain("data-testid=\"set-dishonest\"");
        (await city.GetPageAsync($"/Custody/Monitoring/Detail/{id}")).ShouldContain("data-testid=\"set-dishonest\"");
    }

    [Fact]
    public async Task District_staff_can_neither_open_nor_post_the_flag_page()
    {
        var (id, _, _) = await AnOperatorAsync("110107", "测试失信企业四");
        using var district = await factory.SignedInClientAsync("reviewer110107");
        foreach (var url in new[] { "/Custody/Dishonest", $"/Custody/Dishonest/Edit/{id}" })
        {
            using var response = await district.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
        }

        using var post = await district.Http.PostAsync($"/Custody/Dishonest/Edit/{id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Listed"] = "true", ["Reason"] = "区级越权（测试）" }));
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        post.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
        (await RequirementAsync(id)).SeriousDishonest.ShouldBeFalse();
    }
}

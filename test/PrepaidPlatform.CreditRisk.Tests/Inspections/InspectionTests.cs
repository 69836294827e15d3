using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.CreditRisk.Tests.Inspections;

/// <summary>
/// 双随机、一公开 (issue 17 · 5): a draw from the key list and a share of the others with two inspectors of the district,
/// replayed by its seed; results by the drawn inspectors only; published through <see cref="IPublishedInspections"/>; and
/// another district sees and changes none of it.
/// </summary>
public sealed class InspectionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    /// <summary>One district per test: draws take every operator, key-list entry and staff member of the district.</summary>
    private const string District = "110105", SecondDistrict = "110106";
    private const string Password = "Test@2026x";

    [Fact]
    public async Task A_district_draws_from_its_key_list_and_the_others_replays_the_draw_records_and_publishes_the_results()
    {
        var keyed = await SupervisedAsync(3);
        var others = await SupervisedAsync(10);
        using var reviewer = await factory.SignedInClientAsync("reviewer" + District);
        foreach (var op in keyed)
        {
            var listed = await reviewer.PostFormAsync("/CreditRisk/KeyList", new Dictionary<string, string> { ["Uscc"] = op.Uscc, ["Reason"] = "投诉集中（测试）" });
            listed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var inspector = await StaffAsync("cy.inspector.a");
        var drawn = await reviewer.PostFormAsync("/CreditRisk/Inspections", new Dictionary<string, string>
        {
            ["Input.Title"] = "2026年第四季度预付卡双随机抽查（测试）", ["Input.KeyCount"] = "2", ["Input.OtherPercent"] = "25",
        });
        drawn.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await drawn.Content.ReadAsStringAsync()));
        var url = drawn.Headers.Location!.OriginalString;
        var page = WebUtility.HtmlDecode(await reviewer.GetPageAsync(url));
        page.ShouldContain("重点抽查 2 家、其他经营者 3 家");

        var (draw, items) = await DrawAsync(Guid.Parse(url[(url.LastIndexOf('/') + 1)..]));
        items.Count(i => i.FromKeyList).ShouldBe(2);
        items.Where(i => i.FromKeyList).Select(i => i.OperatorUserId).ShouldBeSubsetOf(keyed.Select(k => k.OperatorUserId));
        items.Count(i => !i.FromKeyList).ShouldBe(3);
        items.Where(i => !i.FromKeyList).Select(i => i.OperatorUserId).ShouldBeSubsetOf(others.Select(k => k.OperatorUserId));
        // Two of the district's staff: its reviewer and the new inspector are all it has.
        new[] { draw.FirstInspector, draw.SecondInspector }.ShouldBe([(await factory.UserAsync("reviewer" + District)).Id, inspector], ignoreOrder: true);

        // 复核: the same seed over the recorded candidates gives the same draw.
        var replay = await reviewer.PostFormAsync(url, new Dictionary<string, string>(), url + "?handler=Replay");
        replay.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        WebUtility.HtmlDecode(await reviewer.GetPageAsync(url)).ShouldContain("复核一致");
        RandomDraw.Pick(RandomDraw.Split(draw.KeyCandidates), draw.Seed, Application.Inspections.KeyPool, 2)
            .ShouldBe(items.Where(i => i.FromKeyList).Select(i => i.OperatorUserId), ignoreOrder: true);

        // Not every result is in: nothing is published.
        var early = await reviewer.PostFormAsync(url, new Dictionary<string, string>(), url + "?handler=Publish");
        PlatformClient.ValidationSummary(await early.Content.ReadAsStringAsync()).ShouldContain("未录入检查结果");

        using var inspectorClient = await factory.SignedInClientAsync("cy.inspector.a", Password);
        foreach (var item in items)
        {
            var recorded = await inspectorClient.PostFormAsync(url, new Dictionary<string, string>
            {
                ["itemId"] = item.Id.ToString(), ["result"] = item.FromKeyList ? "ProblemFound" : "NoProblem", ["note"] = item.FromKeyList ? "预付卡章程未公示（测试）" : "",
            }, url + "?handler=Result");
            recorded.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await recorded.Content.ReadAsStringAsync()));
        }

        (await reviewer.PostFormAsync(url, new Dictionary<string, string>(), url + "?handler=Publish")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var published = await factory.InScopeAsync(sp => sp.GetRequiredService<IPublishedInspections>().LatestAsync(0, 50));
        published.Where(p => p.DrawId == draw.Id).Count().ShouldBe(5);
        var first = (await factory.InScopeAsync(sp => sp.GetRequiredService<IPublishedInspections>().ForOperatorAsync(items.First(i => i.FromKeyList).Uscc))).ShouldHaveSingleItem();
        (first.Result, first.Note).ShouldBe(("发现问题", "预付卡章程未公示（测试）"));

        // Published results are closed.
        var late = await inspectorClient.PostFormAsync(url, new Dictionary<string, string> { ["itemId"] = items[0].Id.ToString(), ["result"] = "NoProblem" }, url + "?handler=Result");
        PlatformClient.ValidationSummary(await late.Content.ReadAsStringAsync()).ShouldContain("已公开");
    }

    [Fact]
    public async Task Only_the_drawn_inspectors_record_and_another_district_sees_neither_the_draw_nor_the_key_list()
    {
        var keyed = await SupervisedAsync(1, SecondDistrict);
        using var reviewer = await factory.SignedInClientAsync("reviewer" + SecondDistrict);
        (await reviewer.PostFormAsync("/CreditRisk/KeyList", new Dictionary<string, string> { ["Uscc"] = keyed[0].Uscc, ["Reason"] = "举报线索（测试）" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await StaffAsync("ft.inspector.b", SecondDistrict);
        var drawn = await reviewer.PostFormAsync("/CreditRisk/Inspections", new Dictionary<string, string>
        {
            ["Input.Title"] = "专项抽查（测试）", ["Input.KeyCount"] = "1", ["Input.OtherPercent"] = "0",
        });
        drawn.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await drawn.Content.ReadAsStringAsync()));
        var url = drawn.Headers.Location!.OriginalString;
        var (draw, items) = await DrawAsync(Guid.Parse(url[(url.LastIndexOf('/') + 1)..]));

        using var other = await factory.SignedInClientAsync("reviewer110108");
        (await other.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetPageAsync("/CreditRisk/Inspections")).ShouldNotContain("专项抽查（测试）");
        (await other.GetPageAsync("/CreditRisk/KeyList")).ShouldNotContain(keyed[0].Uscc);
        var listed = await other.PostFormAsync("/CreditRisk/KeyList", new Dictionary<string, string> { ["Uscc"] = keyed[0].Uscc, ["Reason"] = "越权（测试）" });
        PlatformClient.ValidationSummary(await listed.Content.ReadAsStringAsync()).ShouldContain("未知的统一社会信用代码");
        var posted = await other.PostFormAsync("/CreditRisk/Inspections", new Dictionary<string, string> { ["itemId"] = items[0].Id.ToString(), ["result"] = "NoProblem" },
            url + "?handler=Result");
        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await DrawAsync(draw.Id)).Items[0].Result.ShouldBe(InspectionResult.Pending);

        // Unpublished, nothing leaves through the public contract.
        (await factory.InScopeAsync(sp => sp.GetRequiredService<IPublishedInspections>().ForOperatorAsync(keyed[0].Uscc))).ShouldBeEmpty();
    }

    /// <summary>A district staff account, created as the city does on 人员管理 (it gets the district role).</summary>
    private async Task<Guid> StaffAsync(string userName, string district = District)
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var created = await city.PostFormAsync("/Identity/Staff", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName, ["Input.DisplayName"] = "区检查员（测试）", ["Input.Side"] = "District",
            ["Input.TenantId"] = (await factory.TenantAsync(district)).ToString(), ["Input.Password"] = Password,
        }, postUrl: "/Identity/Staff?handler=Create");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await created.Content.ReadAsStringAsync()));
        return (await factory.UserAsync(userName)).Id;
    }

    private Task<(InspectionDraw Draw, List<InspectionItem> Items)> DrawAsync(Guid id) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PlatformDbContext>();
        var draw = await db.Set<InspectionDraw>().IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == id);
        var items = await db.Set<InspectionItem>().IgnoreQueryFilters().AsNoTracking().Where(i => i.DrawId == id).OrderBy(i => i.Uscc).ToListAsync();
        return (draw, items);
    });

    /// <summary>Operators of the district under supervision, each bound to its account as an approval leaves it.</summary>
    private async Task<List<ArrangedOperator>> SupervisedAsync(int count, string district = District)
    {
        var tenant = await factory.TenantAsync(district);
        return await factory.InScopeAsync(async sp =>
        {
            using var inDistrict = sp.GetRequiredService<ICurrentTenant>().Change(tenant);
            var db = sp.GetRequiredService<PlatformDbContext>();
            var protector = sp.GetRequiredService<IPersonalDataProtector>();
            var arranged = new List<ArrangedOperator>();
            for (var i = 0; i < count; i++)
            {
                var uscc = CreditRiskArrangement.ValidUscc(district);
                var op = CreditRiskArrangement.AddBound(db, protector, tenant, Guid.NewGuid(), Guid.NewGuid(), uscc, DateTime.UtcNow.AddDays(-30));
                arranged.Add(new ArrangedOperator(op.Id, op.OperatorUserId, uscc));
            }

            await db.SaveChangesAsync();
            return arranged;
        });
    }
}

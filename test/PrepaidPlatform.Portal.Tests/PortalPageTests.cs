using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Reporting.Tests.Feed;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Portal.Tests;

/// <summary>
/// 信用公示 (issue 18 · 1) through HTTP as an anonymous consumer: search, the operator's page and the four lists. Each test
/// arranges operators with a marker of its own, so the class's shared host does not mix their answers; the cache is off
/// (the lists are city-wide and one test's cached list would hide the next one's operators), PortalCacheTests has it on.
/// </summary>
public sealed partial class PortalPageTests(UncachedPortalFactory factory) : IClassFixture<UncachedPortalFactory>
{
    private static string Marker() => "测试" + Guid.NewGuid().ToString("N")[..6];

    private async Task<string> PageAsync(string url)
    {
        using var consumer = factory.AnonymousClient();
        return WebUtility.HtmlDecode(await consumer.GetPageAsync(url));
    }

    private static List<string> ResultNames(string html) =>
        ResultName().Matches(html).Select(m => m.Groups[1].Value.Trim()).ToList();

    [Fact]
    public async Task Search_finds_an_operator_by_name_brand_uscc_or_filing_number()
    {
        var marker = Marker();
        var op = await factory.APublicOperatorAsync("110108", "演示企业" + marker + "餐饮有限公司", "演示品牌" + marker);
        await factory.APublicOperatorAsync("110108", "演示企业" + Marker(), "演示品牌" + Marker());

        foreach (var query in new[] { "企业" + marker, "品牌" + marker, op.Uscc, op.FilingNumber, op.FilingNumber.ToLowerInvariant() })
        {
            var html = await PageAsync("/Gongshi?q=" + Uri.EscapeDataString(query));
            ResultNames(html).ShouldBe([op.Name], query);
            html.ShouldContain($"href=\"/Gongshi/Operator/{op.FilingNumber}\"");
        }

        (await PageAsync("/Gongshi?q=" + Uri.EscapeDataString("不存在的企业" + marker))).ShouldContain("data-testid=\"no-results\"");
    }

    [Fact]
    public async Task Search_pages_twenty_operators_at_a_time()
    {
        var marker = Marker();
        for (var i = 0; i < 21; i++)
        {
            await factory.APublicOperatorAsync("110105", $"演示企业{marker}第{i:00}号", "演示品牌" + marker);
        }

        var first = await PageAsync("/Gongshi?q=" + Uri.EscapeDataString(marker));
        ResultNames(first).Count.ShouldBe(20);
        first.ShouldContain("共21家经营者");
        first.ShouldContain("第1/2页，共21条");
        var second = await PageAsync("/Gongshi?q=" + Uri.EscapeDataString(marker) + "&p=2");
        ResultNames(second).Count.ShouldBe(1);
        ResultNames(first).Concat(ResultNames(second)).Distinct().Count().ShouldBe(21);
    }

    [Fact]
    public async Task Search_finds_a_fragment_of_the_name_or_brand_in_any_case_and_width_but_never_across_the_two()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var op = await factory.APublicOperatorAsync("110105", $"演示Moka{marker}餐饮有限公司", $"Moka{marker}咖啡");

        foreach (var query in new[] { $"moka{marker}餐饮", $"MOKA{marker}咖", $"ＭＯＫＡ{marker}咖啡", $"{marker}餐", $"{marker}咖啡" })
        {
            ResultNames(await PageAsync("/Gongshi?q=" + Uri.EscapeDataString(query))).ShouldBe([op.Name], query);
        }

        // The end of the name and the start of the brand are not one text.
        (await PageAsync("/Gongshi?q=" + Uri.EscapeDataString("有限公司Moka" + marker))).ShouldContain("data-testid=\"no-results\"");
    }

    [Fact]
    public async Task Search_pages_in_the_portals_order_to_the_last_page_and_counts_past_it()
    {
        var marker = Marker();
        for (var i = 0; i < 7; i++)
        {
            await factory.APublicOperatorAsync("110105", $"演示企业{marker}第{i:00}号", "演示品牌" + marker);
        }

        var pages = await factory.InScopeAsync(async sp =>
        {
            var register = sp.GetRequiredService<IPublicOperatorRegister>();
            var found = new List<PublicOperatorPage>();
            for (var page = 1; page <= 5; page++)
            {
                found.Add(await register.SearchAsync(marker, page, 2));
            }

            return found;
        });
        pages.Select(p => p.Total).ShouldBe([7, 7, 7, 7, 7]);
        pages.Select(p => p.Items.Count).ShouldBe([2, 2, 2, 1, 0]);
        var listed = pages.SelectMany(p => p.Items).ToList();
        listed.Select(i => i.FilingNumber).Distinct().Count().ShouldBe(7);
        listed.Select(i => i.FilingNumber).ShouldBe(listed.OrderByDescending(i => i.FiledOn).ThenBy(i => i.FilingNumber, StringComparer.Ordinal)
            .Select(i => i.FilingNumber));
    }

    [Fact]
    public async Task The_operator_page_shows_filing_status_risk_code_custody_connection_records_and_notice()
    {
        var op = await factory.APublicOperatorAsync("110108", "演示企业" + Marker(), "演示品牌" + Marker());
        await factory.RecordsAsync(op, (CreditClasses.AdministrativePenalty, 10), (CreditClasses.AbnormalOperation, 5));
        // The bank's statement keeps less than the rule asks: 不足, without a figure.
        await factory.StatementAsync(op.CustodyId, balanceFen: op.BalanceFen, custodyFen: 1_000);
        var system = await factory.ACardSystemAsync();
        await factory.PostOkAsync(system, FeedArrangement.Batch(FeedArrangement.Record(op.Uscc, DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8)).AddDays(-1), "F-" + Guid.NewGuid().ToString("N")[..10])));
        await factory.InPublicNoticeAsync(op);

        var html = await PageAsync("/Gongshi/Operator/" + op.FilingNumber);

        html.ShouldContain(op.Name);
        html.ShouldContain(op.ShopName);
        html.ShouldContain(op.Uscc);
        html.ShouldContain("data-testid=\"filing-status\">已备案<");
        // The colour is CreditRisk's rules' to decide; the portal shows whichever it is, with the public reasons.
        html.ShouldMatch("data-testid=\"risk-colour\">(黄码|红码|黑码)<");
        html.ShouldContain("该经营者被列入经营异常名录");
        html.ShouldContain("该经营者受到行政处罚");
        html.ShouldContain("data-testid=\"custody\">不足<");
        html.ShouldMatch("data-testid=\"connection\">\\s*已对接");
        html.ShouldContain(system.Name);
        Regex.Count(html, "data-testid=\"record\"").ShouldBe(2);
        html.ShouldContain("data-testid=\"deregistration\"");
        html.ShouldContain("公示中");
    }

    [Fact]
    public async Task A_new_operator_without_records_reads_green_pending_and_not_connected()
    {
        var op = await factory.APublicOperatorAsync("110105", "演示企业" + Marker(), "演示品牌" + Marker());

        var html = await PageAsync("/Gongshi/Operator/" + op.FilingNumber);

        html.ShouldContain("data-testid=\"risk-colour\">绿码<");
        html.ShouldContain("data-testid=\"custody\">待核验<");
        html.ShouldMatch("data-testid=\"connection\">\\s*未对接");
        html.ShouldContain("暂无行政处罚、经营异常名录或严重失信记录。");
        html.ShouldNotContain("data-testid=\"deregistration\"");
    }

    [Fact]
    public async Task An_unknown_filing_number_is_not_found()
    {
        using var consumer = factory.AnonymousClient();
        var response = await consumer.GetAsync("/Gongshi/Operator/SW2099010199999");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"operator-not-found\"");
        (await consumer.GetAsync("/Gongshi/Lists/everything")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_list_shows_its_operators_in_force_and_links_to_their_pages()
    {
        var abnormal = await factory.APublicOperatorAsync("110108", "演示企业异常" + Marker(), "演示品牌" + Marker());
        var dishonest = await factory.APublicOperatorAsync("110108", "演示企业失信" + Marker(), "演示品牌" + Marker());
        var penalised = await factory.APublicOperatorAsync("110105", "演示企业处罚" + Marker(), "演示品牌" + Marker());
        var leaving = await factory.APublicOperatorAsync("110105", "演示企业注销" + Marker(), "演示品牌" + Marker());
        await factory.RecordsAsync(abnormal, (CreditClasses.AbnormalOperation, 3));
        await factory.RecordsAsync(dishonest, (CreditClasses.SeriousDishonest, 2));
        await factory.RecordsAsync(penalised, (CreditClasses.AdministrativePenalty, 1));
        await factory.InPublicNoticeAsync(leaving, deregistered: true);

        foreach (var (slug, op, others) in new[]
                 {
                     ("abnormal", abnormal, new[] { dishonest, penalised }),
                     ("dishonest", dishonest, new[] { abnormal, penalised }),
                     ("penalties", penalised, new[] { abnormal, dishonest }),
                     ("deregistrations", leaving, new[] { abnormal, penalised }),
                 })
        {
            var html = await PageAsync("/Gongshi/Lists/" + slug);
            html.ShouldContain($"<a href=\"/Gongshi/Operator/{op.FilingNumber}\">{op.Name}</a>", customMessage: slug);
            foreach (var other in others)
            {
                html.ShouldNotContain(other.Name, customMessage: slug);
            }
        }
    }

    /// <summary>Printed QR codes and posters may carry these addresses: they never move (docs/adr/0012).</summary>
    [Theory]
    [InlineData("Gongshi")]
    [InlineData("Gongshi/Operator/{number}")]
    [InlineData("Gongshi/Lists/{list:regex(^(abnormal|dishonest|penalties|deregistrations)$)}")]
    public void The_portal_is_served_at_its_public_address(string pattern) =>
        factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText).ShouldContain(pattern);

    [GeneratedRegex("data-testid=\"result\">\\s*<div[^>]*>\\s*<div class=\"fw-semibold text-break\">([^<]*)</div>")]
    private static partial Regex ResultName();
}

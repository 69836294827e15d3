using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Portal.Tests;

/// <summary>
/// The operator page's stored view (issue 18): it answers until a change of its own operator — custody, a credit record, a
/// suspension — makes it stale; another district's change leaves it answering. The portal's cache is off, so what the
/// page shows after a change behind the modules' back is the stored row.
/// </summary>
public sealed class PortalViewTests(UncachedPortalFactory factory) : IClassFixture<UncachedPortalFactory>
{
    [Fact]
    public async Task The_stored_page_answers_until_its_operators_custody_record_or_suspension_changes_and_another_districts_change_does_not_reach_it()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var haidian = await factory.APublicOperatorAsync("110108", "演示企业海淀" + marker, "演示品牌海淀" + marker);
        var chaoyang = await factory.APublicOperatorAsync("110105", "演示企业朝阳" + marker, "演示品牌朝阳" + marker);
        using var consumer = factory.AnonymousClient();
        async Task<string> Page(PublicOperator op) => WebUtility.HtmlDecode(await consumer.GetPageAsync("/Gongshi/Operator/" + op.FilingNumber));
        (await Page(haidian)).ShouldContain("data-testid=\"custody\">待核验<");
        (await Page(chaoyang)).ShouldContain("data-testid=\"custody\">待核验<");
        await RenameBehindTheModulesBackAsync(haidian, "演示品牌海淀改名" + marker);
        await RenameBehindTheModulesBackAsync(chaoyang, "演示品牌朝阳改名" + marker);
        (await Page(chaoyang)).ShouldNotContain("改名");

        // 海淀 suspends its operator's code: its page shows it at once, 朝阳's stored page stays as it was.
        using var district = await factory.SignedInClientAsync("reviewer110108");
        (await district.PostFormAsync("/Filing/Filings", new Dictionary<string, string> { ["id"] = haidian.FilingId.ToString(), ["reason"] = "存储页暂停" + marker },
            "/Filing/Filings?handler=Suspend")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var suspended = await Page(haidian);
        suspended.ShouldContain("存储页暂停" + marker);
        suspended.ShouldContain("演示品牌海淀改名" + marker);
        (await Page(chaoyang)).ShouldNotContain("改名");

        // 朝阳's custody turns 不足 (CustodyComplianceChanged, through the outbox).
        await factory.StatementAsync(chaoyang.CustodyId, balanceFen: chaoyang.BalanceFen, custodyFen: 100);
        var fresh = await Poller.UntilAsync(() => Page(chaoyang), html => html.Contains("data-testid=\"custody\">不足<", StringComparison.Ordinal), "the stored page to go stale");
        fresh.ShouldContain("演示品牌朝阳改名" + marker);

        // A credit record: CreditRisk's recompute makes the page stale where it writes the code, before the event.
        await RenameBehindTheModulesBackAsync(chaoyang, "演示品牌朝阳再改" + marker);
        await factory.RecordsAsync(chaoyang, (CreditRisk.Domain.CreditClasses.AbnormalOperation, 1));
        var listed = await Page(chaoyang);
        listed.ShouldContain("演示品牌朝阳再改" + marker);
        listed.ShouldNotContain("data-testid=\"risk-colour\">绿码<");
    }

    [Fact]
    public async Task The_deregistrations_status_step_makes_the_stored_page_show_its_deregistration()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var op = await factory.APublicOperatorAsync("110105", "演示企业注销" + marker, "演示品牌注销" + marker);
        await factory.InPublicNoticeAsync(op);
        using var consumer = factory.AnonymousClient();
        async Task<string> Page() => WebUtility.HtmlDecode(await consumer.GetPageAsync("/Gongshi/Operator/" + op.FilingNumber));
        var notice = await Page();
        notice.ShouldContain("公示中");
        notice.ShouldNotContain("已注销");

        // The workflow's 注销 step sets the status through the subject's writer, in the step's transaction.
        // SQLite keeps a Guid as upper-case text, MariaDB as lower-case.
        var id = (await factory.ScalarAsync($"SELECT Id FROM Filing_Deregistrations WHERE UPPER(FilingId) = '{op.FilingId.ToString().ToUpperInvariant()}'"))!.ToString()!;
        await factory.InScopeAsync(async sp =>
        {
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(op.TenantId);
            var db = sp.GetRequiredService<PlatformDbContext>();
            await db.InTransactionAsync(async () =>
            {
                foreach (var writer in sp.GetServices<IWorkflowSubjectStatusWriter>())
                {
                    await writer.WriteAsync("filing.deregistration", id, "deregistered", CancellationToken.None);
                }

                return await db.SaveChangesAsync();
            }, _ => true, CancellationToken.None);
        });

        var deregistered = await Page();
        deregistered.ShouldContain("已注销");
        deregistered.ShouldContain("data-testid=\"filing-status\">已注销<");
    }

    private async Task RenameBehindTheModulesBackAsync(PublicOperator op, string shopName)
    {
        await using var db = factory.Database.CreateContext();
        (await db.Database.ExecuteSqlRawAsync("UPDATE Filing_Applications SET ShopName = {0} WHERE Uscc = {1}", shopName, op.Uscc)).ShouldBe(1);
    }
}

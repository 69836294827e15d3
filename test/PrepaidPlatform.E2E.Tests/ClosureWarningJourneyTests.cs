using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PrepaidPlatform.E2E.Tests.Pages;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Supervision.Application.Warnings;
using PrepaidPlatform.Supervision.Domain;

namespace PrepaidPlatform.E2E.Tests;

/// <summary>
/// 闭店风险预警 in the browser (issue 18 · 3): a district reviewer opens the week's list from the menu, sees its own
/// operator with the reasons and not another district's, and opens the operator's weeks. The computation itself is
/// covered by the Supervision tests; here the week's rows are written as it writes them.
/// </summary>
public sealed partial class ClosureWarningJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Own = "演示企业预警甲", Other = "演示企业预警乙";

    public Task InitializeAsync() =>
        browser.Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var tenants = sp.GetRequiredService<ITenantDirectory>();
            using var everyDistrict = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var week = ClosureWarningComputation.WeekOf(sp.GetRequiredService<PrepaidPlatform.Platform.Timing.IClock>().TodayInShanghai);
            var now = DateTime.UtcNow;
            string Reasons(params ClosureReason[] reasons) => JsonSerializer.Serialize(reasons, ClosureWarningComputation.ReasonsJson);
            db.AddRange(
                new ClosureWarning(Guid.NewGuid(), week, Guid.NewGuid(), (await tenants.FindByCodeAsync("110105"))!.Id, "91110000DEMOW00001", Own, 55,
                    Reasons(new ClosureReason(ClosureRiskRules.SalesSurge, 30, "2026年3季度预收资金 280,000.00 元，较上季度增长 180%；季度消费金额 60,000.00 元，较上季度下降 40%"),
                        new ClosureReason(ClosureRiskRules.Arrears, 25, "存在欠费记录：欠缴房租（2026-10-01）")), true, true, now),
                new ClosureWarning(Guid.NewGuid(), week, Guid.NewGuid(), (await tenants.FindByCodeAsync("110108"))!.Id, "91110000DEMOW00002", Other, 50,
                    Reasons(new ClosureReason(ClosureRiskRules.Deregistering, 50, "已提交备案注销申请（2026-11-20，审核中）")), true, true, now),
                new ClosureWarningRun(week) { ComputedAtUtc = now, Threshold = 50, Trigger = "每周计算", Scored = 2, Warned = 2, Crossed = 2 });
            await db.SaveChangesAsync();
        });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_district_reviewer_opens_the_weeks_warnings_and_an_operators_weeks()
    {
        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync("reviewer110105", "Demo@2026", open: true);
        await Assertions.Expect(page).ToHaveURLAsync(WorkUrl(), new() { Timeout = 60_000 });

        await page.GetByRole(AriaRole.Link, new() { Name = "闭店风险预警" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(WarningsUrl());
        var rows = page.GetByTestId("warning-row");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync(Own);
        await Assertions.Expect(rows.First).ToContainTextAsync("较上季度增长 180%");
        await Assertions.Expect(page.GetByText(Other)).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "supervision-district-warnings");

        await rows.First.GetByRole(AriaRole.Link, new() { Name = "详情" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("operator-name")).ToHaveTextAsync(Own);
        await Assertions.Expect(page.GetByTestId("week-row")).ToContainTextAsync("欠缴房租");
        await BrowserFixture.ScreenshotAsync(page, "supervision-district-warning-operator");
    }

    [GeneratedRegex("/Work$")]
    private static partial Regex WorkUrl();

    [GeneratedRegex("/Supervision/Warnings$")]
    private static partial Regex WarningsUrl();
}

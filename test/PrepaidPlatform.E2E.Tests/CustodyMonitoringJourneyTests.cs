using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.E2E.Tests.Pages;

namespace PrepaidPlatform.E2E.Tests;

public sealed class CustodyMonitoringJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_district_reviewer_opens_custody_monitoring_from_the_menu_and_the_detail_of_an_operator_short_of_custody()
    {
        // The manual's row in 海淀区: 119,900 元 in custody against 40 % of 345,100 元, 18,140 元 short.
        var name = "测试存管不足企业" + Guid.NewGuid().ToString("N")[..4];
        var op = await browser.Factory.AnOperatorAsync("110108", 34_510_000, name: name);
        await browser.Factory.StatementAsync(op, 34_510_000, 11_990_000);
        var elsewhere = "测试朝阳不足企业" + Guid.NewGuid().ToString("N")[..4];
        await browser.Factory.StatementAsync(await browser.Factory.AnOperatorAsync("110105", 34_510_000, name: elsewhere), 34_510_000, 11_990_000);

        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync("reviewer110108", "Demo@2026", open: true);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Work$"), new() { Timeout = 60_000 });
        var monitoring = new CustodyMonitoringPages(page);
        await monitoring.OpenFromMenuAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Custody/Monitoring$"));
        await Assertions.Expect(monitoring.Row(name)).ToHaveCountAsync(1);
        await Assertions.Expect(monitoring.Row(name).GetByTestId("shortfall")).ToHaveTextAsync("18,140.00");
        await Assertions.Expect(monitoring.Row(elsewhere)).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "custody-monitoring");

        await monitoring.OpenDetailAsync(name);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Custody/Monitoring/Detail/{op}$"));
        await Assertions.Expect(monitoring.OperatorName).ToHaveTextAsync(name);
        await Assertions.Expect(monitoring.Working).ToHaveTextAsync("预收资金余额 345,100.00 元 × 40% = 138,040.00 元，履约保险抵扣 0.00 元");
        await Assertions.Expect(monitoring.Compliance).ToHaveTextAsync("不足");
        await Assertions.Expect(monitoring.DetailShortfall).ToContainTextAsync("18,140.00 元");
        await BrowserFixture.ScreenshotAsync(page, "custody-monitoring-detail");
    }
}

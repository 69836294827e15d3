using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;
using PrepaidPlatform.E2E.Tests.Pages;

namespace PrepaidPlatform.E2E.Tests;

/// <summary>
/// 监管看板 in the browser (issue 18 · Done when): each dashboard renders its ECharts charts with seeded snapshots, a
/// figure opens the operators behind it, and a district sees only its own; screenshots of each view.
/// </summary>
public sealed partial class SupervisionJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => SupervisionSnapshots.SeedAsync(browser.Factory, ["110105", "110108", "110101"], ["2026Q2", "2026Q3", "2026Q4"]);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Dashboards_render_for_a_district_and_the_city_and_a_figure_opens_its_operators()
    {
        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync("reviewer110105", "Demo@2026", open: true);
        await Assertions.Expect(page).ToHaveURLAsync(WorkUrl(), new() { Timeout = 60_000 });
        var supervision = new SupervisionPages(page);
        await supervision.OpenDashboardFromMenuAsync();

        await Assertions.Expect(page).ToHaveURLAsync(DashboardUrl());
        await Assertions.Expect(supervision.Chart("trend")).ToHaveCountAsync(1);
        foreach (var id in new[] { "Industry", "District", "CardSystem", "CustodyMethod", "Period" })
        {
            await Assertions.Expect(supervision.Chart(id)).ToHaveCountAsync(1);
        }

        // 区域 is the district's streets for a district user.
        await Assertions.Expect(supervision.Section("District")).ToContainTextAsync("测试街道一");
        await Assertions.Expect(supervision.Section("District")).Not.ToContainTextAsync("朝阳区");
        await BrowserFixture.ScreenshotAsync(page, "supervision-district-dashboard");

        await supervision.OpenOperatorsOfAsync("Industry", "餐饮业-正餐服务");
        await Assertions.Expect(page).ToHaveURLAsync(OperatorsUrl());
        await Assertions.Expect(supervision.Caption).ToContainTextAsync("餐饮业-正餐服务");
        await Assertions.Expect(supervision.OperatorRows.First).ToBeVisibleAsync();
        foreach (var row in await supervision.OperatorRows.AllInnerTextsAsync())
        {
            row.ShouldContain("餐饮业-正餐服务");
        }

        await BrowserFixture.ScreenshotAsync(page, "supervision-district-operators");

        var city = await browser.NewPageAsync();
        await new LoginPage(city).SignInAsync("cityadmin", "Demo@2026", open: true);
        await Assertions.Expect(city).ToHaveURLAsync(EnableAuthenticatorUrl(), new() { Timeout = 60_000 });
        var enrolment = new EnableAuthenticatorPage(city);
        await enrolment.CompleteAsync(new Totp(Base32Encoding.ToBytes(await enrolment.KeyAsync())).ComputeTotp());
        var citySupervision = new SupervisionPages(city);
        await citySupervision.OpenDashboardFromMenuAsync();
        await Assertions.Expect(citySupervision.Chart("District")).ToHaveCountAsync(1);
        await Assertions.Expect(citySupervision.Section("District")).ToContainTextAsync("朝阳区");
        await Assertions.Expect(citySupervision.Section("District")).ToContainTextAsync("海淀区");
        await BrowserFixture.ScreenshotAsync(city, "supervision-city-dashboard");

        await citySupervision.OpenMeetingFromMenuAsync();
        await Assertions.Expect(city).ToHaveURLAsync(MeetingUrl());
        await Assertions.Expect(citySupervision.MeetingRows.Filter(new() { HasText = "海淀区" })).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(city, "supervision-city-meeting");
    }

    [GeneratedRegex("/Work$")]
    private static partial Regex WorkUrl();

    [GeneratedRegex("/Supervision$")]
    private static partial Regex DashboardUrl();

    [GeneratedRegex("/Supervision/Operators\\?")]
    private static partial Regex OperatorsUrl();

    [GeneratedRegex("/Supervision/Meeting$")]
    private static partial Regex MeetingUrl();

    [GeneratedRegex("EnableAuthenticator")]
    private static partial Regex EnableAuthenticatorUrl();
}

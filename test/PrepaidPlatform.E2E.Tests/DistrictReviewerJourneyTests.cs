using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PrepaidPlatform.E2E.Tests.Pages;

namespace PrepaidPlatform.E2E.Tests;

public sealed partial class DistrictReviewerJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_district_reviewer_signs_in_works_in_the_district_layout_switches_language_and_signs_out()
    {
        var page = await browser.NewPageAsync();
        var login = new LoginPage(page);
        var header = new PageHeader(page);

        await login.OpenAsync();
        await login.SignInAsync("reviewer110108", "Demo@2026");

        await Assertions.Expect(page).ToHaveURLAsync(WorkUrl(), new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("work-layout")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("work-scope")).ToHaveTextAsync("海淀区");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "工作台" })).ToBeVisibleAsync();
        await Assertions.Expect(header.CurrentUser).ToContainTextAsync("海淀区审核员");
        await BrowserFixture.ScreenshotAsync(page, "work-zh");

        await header.SwitchToEnglishAsync();
        await Assertions.Expect(page.GetByTestId("work-scope")).ToHaveTextAsync("Haidian");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Workbench" })).ToBeVisibleAsync();
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("en");
        await BrowserFixture.ScreenshotAsync(page, "work-en");

        await header.SwitchToChineseAsync();
        await Assertions.Expect(page.GetByTestId("work-scope")).ToHaveTextAsync("海淀区");

        await header.SignOutAsync("退出");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "登录" }).First).ToBeVisibleAsync();
        var response = await page.GotoAsync("/Work");
        page.Url.ShouldContain("/Account/Login");
        response.ShouldNotBeNull();
    }

    [GeneratedRegex("/Work$")]
    private static partial Regex WorkUrl();
}

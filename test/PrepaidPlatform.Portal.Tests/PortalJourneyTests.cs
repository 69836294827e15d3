using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.E2E.Tests;

namespace PrepaidPlatform.Portal.Tests;

/// <summary>Page object: 信用公示 as a consumer reads it on a phone, found by what the consumer sees.</summary>
internal sealed class PortalPages(IPage page)
{
    public ILocator SearchBox => page.GetByPlaceholder("企业名称、品牌、统一社会信用代码或备案编号");

    public ILocator Results => page.GetByTestId("result");

    public ILocator Custody => page.GetByTestId("custody");

    public ILocator RiskColour => page.GetByTestId("risk-colour");

    public async Task SearchAsync(string text)
    {
        await page.GotoAsync("/Gongshi");
        await SearchBox.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
    }

    /// <summary>Whether the page is wider than the screen (a table or a long number that makes the consumer scroll sideways).</summary>
    public Task<bool> OverflowsAsync() => page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
}

/// <summary>The portal in Chromium at a phone's size (390 × 844): search, the operator's page, a list; nothing wider than the screen.</summary>
public sealed class PortalJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_consumer_on_a_phone_finds_an_operator_by_brand_and_reads_its_page_and_the_penalties_list()
    {
        var brand = "演示品牌" + Guid.NewGuid().ToString("N")[..6];
        var op = await browser.Factory.APublicOperatorAsync("110108", "演示企业" + brand + "有限公司", brand);
        await browser.Factory.RecordsAsync(op, (CreditClasses.AdministrativePenalty, 3));
        await browser.Factory.StatementAsync(op.CustodyId, balanceFen: op.BalanceFen, custodyFen: 100);

        await using var phone = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        phone.SetDefaultTimeout(60_000);
        var page = await phone.NewPageAsync();
        var portal = new PortalPages(page);

        await portal.SearchAsync(brand);
        await Assertions.Expect(portal.Results).ToHaveCountAsync(1);
        (await portal.OverflowsAsync()).ShouldBeFalse("the search page scrolls sideways");
        await BrowserFixture.ScreenshotAsync(page, "portal-search-390");

        await portal.Results.First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Gongshi/Operator/{op.FilingNumber}$"));
        await Assertions.Expect(page.GetByTestId("operator-name")).ToHaveTextAsync(op.Name);
        await Assertions.Expect(portal.Custody).ToHaveTextAsync("不足");
        await Assertions.Expect(portal.RiskColour).Not.ToHaveTextAsync("绿码");
        await Assertions.Expect(page.GetByTestId("record")).ToContainTextAsync("行政处罚");
        (await portal.OverflowsAsync()).ShouldBeFalse("the operator page scrolls sideways");
        await BrowserFixture.ScreenshotAsync(page, "portal-operator-390");

        await page.GetByRole(AriaRole.Link, new() { Name = "行政处罚公示" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Gongshi/Lists/penalties$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = op.Name })).ToHaveCountAsync(1);
        (await portal.OverflowsAsync()).ShouldBeFalse("the list scrolls sideways");
        await BrowserFixture.ScreenshotAsync(page, "portal-penalties-390");
    }
}

using Microsoft.Playwright;

namespace PrepaidPlatform.E2E.Tests.Pages;

/// <summary>Page object: 监管看板, its drill-down list and the city's 季度会商, opened from the left menu.</summary>
internal sealed class SupervisionPages(IPage page)
{
    public async Task OpenDashboardFromMenuAsync() => await page.GetByRole(AriaRole.Link, new() { Name = "监管看板" }).ClickAsync();

    public async Task OpenMeetingFromMenuAsync() => await page.GetByRole(AriaRole.Link, new() { Name = "季度会商" }).ClickAsync();

    /// <summary>The chart of one dimension (Industry, District, CardSystem, CustodyMethod, Period) or the trend; ECharts draws into a canvas.</summary>
    public ILocator Chart(string id) => page.Locator($"[data-chart=\"{id}\"] canvas");

    public ILocator Section(string dimension) => page.GetByTestId("dimension-" + dimension);

    public ILocator OperatorRows => page.GetByTestId("operator-row");

    public ILocator MeetingRows => page.GetByTestId("meeting-row");

    public ILocator Caption => page.GetByTestId("caption");

    /// <summary>The number of operators in a dimension's table row, the link to the operators behind it.</summary>
    public async Task OpenOperatorsOfAsync(string dimension, string label) =>
        await Section(dimension).GetByTestId("figure-row").Filter(new() { HasText = label }).GetByTestId("figure-operators").ClickAsync();
}

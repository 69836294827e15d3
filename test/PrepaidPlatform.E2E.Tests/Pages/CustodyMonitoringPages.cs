using Microsoft.Playwright;

namespace PrepaidPlatform.E2E.Tests.Pages;

/// <summary>Page object: 存管监测 of a district (or the city), opened from the left menu, and an operator's detail.</summary>
internal sealed class CustodyMonitoringPages(IPage page)
{
    public ILocator Rows => page.GetByTestId("monitoring-row");

    public ILocator OperatorName => page.GetByTestId("operator-name");

    public ILocator Working => Requirement.GetByTestId("working");

    public ILocator Compliance => Requirement.GetByTestId("compliance");

    public ILocator DetailShortfall => Requirement.GetByTestId("shortfall");

    /// <summary>The detail page's 应存管金额 section.</summary>
    private ILocator Requirement => page.GetByTestId("custody-requirement");

    public async Task OpenFromMenuAsync() => await page.GetByRole(AriaRole.Link, new() { Name = "存管监测" }).ClickAsync();

    /// <summary>The list's row of one operator, found by the name a reviewer reads.</summary>
    public ILocator Row(string operatorName) => Rows.Filter(new() { HasText = operatorName });

    public async Task OpenDetailAsync(string operatorName) =>
        await Row(operatorName).GetByRole(AriaRole.Link, new() { Name = operatorName }).ClickAsync();
}

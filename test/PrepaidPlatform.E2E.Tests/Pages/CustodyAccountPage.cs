using Microsoft.Playwright;

namespace PrepaidPlatform.E2E.Tests.Pages;

/// <summary>Page object: 专用存管账户 of the operator (专用存管账户管理), opened from the left menu as a user does.</summary>
internal sealed class CustodyAccountPage(IPage page)
{
    public ILocator AccountStatus => page.GetByTestId("account-status");

    public ILocator Balance => page.GetByTestId("balance");

    public ILocator Custody => page.GetByTestId("custody");

    public ILocator Available => page.GetByTestId("available");

    public ILocator StatementRows => page.GetByTestId("statement-row");

    public async Task OpenFromMenuAsync() => await page.GetByRole(AriaRole.Link, new() { Name = "存管账户" }).ClickAsync();

    /// <summary>The cells of a 存管账单 row, read left to right as the table's columns.</summary>
    public async Task<IReadOnlyList<string>> CellsAsync(int row) => await StatementRows.Nth(row).Locator("td").AllInnerTextsAsync();
}

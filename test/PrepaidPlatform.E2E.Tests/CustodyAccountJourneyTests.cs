using Microsoft.Playwright;
using PrepaidPlatform.Custody.Tests.Pages;
using PrepaidPlatform.E2E.Tests.Pages;
using CustodyPage = PrepaidPlatform.E2E.Tests.Pages.CustodyAccountPage;

namespace PrepaidPlatform.E2E.Tests;

public sealed class CustodyAccountJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Operator = "91110107MA01AB2C3C";

    [Fact]
    public async Task An_operator_opens_the_custody_account_from_the_menu_and_reads_the_manuals_statement_row()
    {
        var op = await SupervisedOperators.SuperviseAsync(browser.Factory, Operator, "演示企业2", "62220012345678901234");
        await SupervisedOperators.AddStatementAsync(browser.Factory, op, new DateTime(2026, 3, 31, 2, 0, 0, DateTimeKind.Utc),
            SupervisedOperators.ManualBalanceFen, SupervisedOperators.ManualCustodyFen, SupervisedOperators.ManualAvailableFen, "季度末对账");

        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync(Operator, "Demo@2026", open: true);
        var account = new CustodyPage(page);
        await account.OpenFromMenuAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Custody/Account$"));
        await Assertions.Expect(account.AccountStatus).ToContainTextAsync("已监管");
        await Assertions.Expect(account.Balance).ToHaveTextAsync("345,100.00");
        await Assertions.Expect(account.Custody).ToHaveTextAsync("119,900.00");
        await Assertions.Expect(account.Available).ToHaveTextAsync("225,100.00");
        await Assertions.Expect(account.StatementRows).ToHaveCountAsync(1);
        (await account.CellsAsync(0)).ShouldBe(["2026-03-31 10:00", "345,100.00", "119,900.00", "225,100.00", "已监管", "北京银行 6222************1234", "季度末对账"]);
        await BrowserFixture.ScreenshotAsync(page, "custody-account");
    }
}

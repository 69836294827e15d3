using Microsoft.Playwright;
using PrepaidPlatform.Custody.Tests.Pages;
using PrepaidPlatform.Custody.Tests.Statements;
using PrepaidPlatform.E2E.Tests.Pages;
using ReportingArrangement = PrepaidPlatform.Reporting.Tests.Pages.ReportingArrangement;

namespace PrepaidPlatform.E2E.Tests;

/// <summary>
/// 数据填报 end to end (issue 13): the operator files 2025 Q4 and the report is returned at once for custody at 34.7% of
/// the balance (below 40%); the bank pushes a top-up statement through the signed statements API; the operator re-files
/// and the district's reviewer verifies it (通过) from the 数据核对 queue.
/// </summary>
public sealed class ReportingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Operator = "91110107MA01AB2C3C";
    private const string AccountNumber = "62220012345678901234";

    private static readonly Dictionary<string, string> ManualFigures = new()
    {
        ["PrepaidTotal"] = "500000.00",
        ["Balance"] = "345100.00",
        ["CardsWithBalance"] = "20",
        ["QuarterPrepaid"] = "200.00",
        ["QuarterCardsIssued"] = "5",
        ["QuarterConsumption"] = "150.00",
        ["QuarterRefund"] = "150.00",
        ["QuarterCardReturn"] = "150.00",
    };

    [Fact]
    public async Task A_report_returned_for_custody_below_forty_percent_is_refiled_after_a_top_up_and_verified_by_the_district()
    {
        var factory = browser.Factory;
        // First approved on 2025-11-20 (its periods start with 2025 Q4), the bank's 存管金额 119,900.00 on 2025-12-31.
        var op = await ReportingArrangement.SupervisedSinceAsync(factory, Operator, "演示企业2", AccountNumber, ReportingArrangement.FirstApprovalUtc);
        await SupervisedOperators.AddStatementAsync(factory, op, ReportingArrangement.QuarterEndStatementUtc,
            SupervisedOperators.ManualBalanceFen, SupervisedOperators.ManualCustodyFen, SupervisedOperators.ManualAvailableFen, "季度末对账");

        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync(Operator, "Demo@2026", open: true);
        var reporting = new ReportingPage(page);
        await reporting.OpenFromMenuAsync();
        await reporting.OpenFormAsync("2025-4");
        await reporting.FileAsync(ManualFigures);

        // 119,900.00 of 345,100.00 is 34.7%: returned at once with the figures.
        await Assertions.Expect(reporting.Row("2025-4").GetByTestId("status")).ToContainTextAsync("已退回");
        await Assertions.Expect(reporting.Row("2025-4").GetByTestId("return-reason"))
            .ToContainTextAsync("存管金额 119,900.00 元，低于预收资金余额 345,100.00 元的 40%（138,040.00 元）");
        await BrowserFixture.ScreenshotAsync(page, "reporting-returned");

        // The bank reports the top-up on the quarter's last day, signed as its client does.
        var bank = await factory.ABankAsync("BOB");
        var topUp = StatementArrangements.ManualRow(AccountNumber, "TOPUP-2025Q4", new DateTimeOffset(2025, 12, 31, 15, 0, 0, TimeSpan.FromHours(8)));
        (topUp["custodyAmount"], topUp["availableAmount"]) = (140000.00m, 205100.00m);
        (await factory.PostOkAsync(bank, StatementArrangements.Batch(topUp))).ShouldNotBeNull();

        // The correction form starts from the returned figures: submitted as it stands.
        await reporting.OpenFormAsync("2025-4");
        await Assertions.Expect(page.Locator("#Input_Balance")).ToHaveValueAsync("345100.00");
        await reporting.SubmitAsTypedAsync();
        await Assertions.Expect(reporting.Row("2025-4").GetByTestId("status")).ToContainTextAsync("待核对");

        var district = await browser.NewPageAsync();
        await new LoginPage(district).SignInAsync("reviewer110107", "Demo@2026", open: true);
        var verification = new VerificationPages(district);
        await verification.OpenFromMenuAsync();
        await Assertions.Expect(verification.Rows).ToHaveCountAsync(1);
        await Assertions.Expect(verification.Rows.First).ToContainTextAsync("2025年4季度数据");
        await Assertions.Expect(verification.Rows.First).ToContainTextAsync("140,000.00");
        await verification.OpenAsync(0);
        await Assertions.Expect(verification.Custody).ToHaveTextAsync("140,000.00");
        await verification.VerifyAsync();
        await Assertions.Expect(verification.Notice).ToContainTextAsync("已通过2025年4季度数据");
        await Assertions.Expect(verification.Status).ToContainTextAsync("已通过");
        await BrowserFixture.ScreenshotAsync(district, "reporting-verified");

        await page.ReloadAsync();
        await Assertions.Expect(reporting.Row("2025-4").GetByTestId("status")).ToContainTextAsync("已通过");
    }
}

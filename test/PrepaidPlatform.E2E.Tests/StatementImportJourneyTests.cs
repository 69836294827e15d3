using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Custody.Tests.Statements;
using PrepaidPlatform.E2E.Tests.Pages;

namespace PrepaidPlatform.E2E.Tests;

/// <summary>
/// 存管账单导入 in the browser (issue 12 · 3): the city opens it from the menu, picks the bank, uploads the template and sees
/// the upload's progress while the page waits, then the result in the same page (the script replaces it with the answer).
/// </summary>
public sealed partial class StatementImportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_city_imports_a_banks_statements_and_watches_the_progress()
    {
        var bank = await browser.Factory.ABankAsync("ICBC");
        var op = await browser.Factory.AnOperatorAsync("reviewer110108", "ICBC");
        var asOf = browser.Factory.Clock.GetUtcNow().AddHours(-1);
        var file = StatementImportFiles.Xlsx(StatementImportFiles.ManualRow(op.AccountNumber, "E2E-1", asOf));

        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync("cityadmin", "Demo@2026", open: true);
        await Assertions.Expect(page).ToHaveURLAsync(EnableAuthenticatorUrl(), new() { Timeout = 60_000 });
        var enrolment = new EnableAuthenticatorPage(page);
        await enrolment.CompleteAsync(new Totp(Base32Encoding.ToBytes(await enrolment.KeyAsync())).ComputeTotp());

        var import = new StatementImportPage(page);
        await import.OpenFromMenuAsync();
        // The answer is held back a moment, as a large file's would be, so the progress shows before it arrives.
        await page.RouteAsync("**/Custody/Statements/Import", async route =>
        {
            if (route.Request.Method == "POST")
            {
                await Task.Delay(1500);
            }

            await route.ContinueAsync();
        });
        await import.ImportAsync(CustodyBanks.Find("ICBC")!.Name + "北京分行", "账单.xlsx", file);

        await Assertions.Expect(import.Progress).ToBeVisibleAsync();
        await Assertions.Expect(import.Accepted).ToHaveTextAsync("1");
        await Assertions.Expect(import.Outcome).ToContainTextAsync("导入完成");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Custody/Statements/Import$"));
        (await browser.Factory.StatementCountAsync(op.Id)).ShouldBe(1);
        await BrowserFixture.ScreenshotAsync(page, "custody-statement-import");
    }

    [GeneratedRegex("EnableAuthenticator")]
    private static partial Regex EnableAuthenticatorUrl();
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PrepaidPlatform.E2E.Tests.Pages;

namespace PrepaidPlatform.E2E.Tests;

/// <summary>
/// 备案 end to end in the browser (issue 6): the sandbox operator 演示企业2 fills 备案信息 and submits; 石景山区's reviewer
/// rejects with a reason; the operator sees it, fixes and resubmits; the reviewer approves; the operator downloads the
/// receipt PDF; the public filing-code page shows the filing; the district suspends the code and the public page says so.
/// </summary>
public sealed partial class FilingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "Demo@2026";

    [Fact]
    public async Task An_operator_files_the_district_rejects_then_approves_and_the_public_code_follows_the_district()
    {
        var operatorPage = await browser.NewPageAsync();
        await new LoginPage(operatorPage).SignInAsync("91110107MA01AB2C3C", Password, open: true);
        await operatorPage.GotoAsync("/Filing/Info");
        var form = new FilingForm(operatorPage);
        // Issue 16: a street can be chosen in each of the 17 districts (distinct codes, each under its district).
        (await form.ChooseAStreetInEveryDistrictAsync()).Distinct().Count().ShouldBe(17);
        await Assertions.Expect(form.Counter("ProductName")).ToHaveTextAsync("0/99");
        await form.FillAllAsync();
        // Issue 16 · 6: the 0/99 counters follow the typing (餐饮储值卡, 无), before any save.
        await Assertions.Expect(form.Counter("ProductName")).ToHaveTextAsync("5/99");
        await Assertions.Expect(form.Counter("Remarks")).ToHaveTextAsync("1/99");
        await form.SubmitAsync();
        await Assertions.Expect(operatorPage.GetByTestId("status")).ToHaveTextAsync("待确认");
        await Assertions.Expect(operatorPage.GetByTestId("attachment-RedemptionSites")).ToContainTextAsync("兑付场所信息.xlsx");
        var applicationNumber = (await operatorPage.GetByTestId("application-number").InnerTextAsync()).Trim();

        var reviewerPage = await browser.NewPageAsync();
        await new LoginPage(reviewerPage).SignInAsync("reviewer110107", Password, open: true);
        await Assertions.Expect(reviewerPage).ToHaveURLAsync(WorkUrl(), new() { Timeout = 60_000 });
        await reviewerPage.GetByRole(AriaRole.Link, new() { Name = "备案审核" }).ClickAsync();
        await reviewerPage.GetByRole(AriaRole.Link, new() { Name = applicationNumber }).ClickAsync();
        await Assertions.Expect(reviewerPage.GetByTestId("attachment-CommitmentLetter")).ToContainTextAsync("CommitmentLetter.pdf");
        await reviewerPage.GetByTestId("step-accept").ClickAsync();
        await Assertions.Expect(reviewerPage.GetByTestId("status")).ToHaveTextAsync("审核中");
        await reviewerPage.GetByTestId("step-reject").ClickAsync();
        await Assertions.Expect(reviewerPage.GetByTestId("reason-error")).Not.ToBeEmptyAsync();
        await reviewerPage.GetByLabel("驳回原因（驳回时必填）").FillAsync("店铺名称与门头不一致");
        await reviewerPage.GetByTestId("step-reject").ClickAsync();
        await Assertions.Expect(reviewerPage.GetByTestId("decision-notice")).ToHaveTextAsync("已驳回。");

        // The status follows the step through the outbox: the operator reloads until it shows.
        await ReloadUntilAsync(operatorPage, "status", "备案驳回");
        await Assertions.Expect(operatorPage.GetByTestId("status-summary")).ToContainTextAsync("原因：店铺名称与门头不一致");
        await form.Field("ShopName").FillAsync("演示餐厅石景山店");
        await form.SubmitAsync();
        await Assertions.Expect(operatorPage.GetByTestId("status")).ToHaveTextAsync("待确认");

        await reviewerPage.ReloadAsync();
        await reviewerPage.GetByTestId("step-accept").ClickAsync();
        await reviewerPage.GetByTestId("step-approve").ClickAsync();
        await Assertions.Expect(reviewerPage.GetByTestId("decision-notice")).ToContainTextAsync("已审核通过，备案编号 SW");
        var filingNumber = (await reviewerPage.GetByTestId("filing-number").InnerTextAsync()).Trim();
        filingNumber.ShouldMatch("^SW[0-9]{13}$");

        await ReloadUntilAsync(operatorPage, "status", "完成备案");
        await Assertions.Expect(operatorPage.GetByTestId("filing-number")).ToHaveTextAsync(filingNumber);
        await operatorPage.GetByTestId("receipt-link").ClickAsync();
        await Assertions.Expect(operatorPage.GetByTestId("receipt-number")).ToHaveTextAsync(filingNumber);
        var download = await operatorPage.RunAndWaitForDownloadAsync(() => operatorPage.GetByTestId("download-receipt").ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        download.SuggestedFilename.ShouldBe($"备案回执-{filingNumber}.pdf");
        await BrowserFixture.ScreenshotAsync(operatorPage, "filing-receipt");

        var consumer = await browser.NewPageAsync();
        await consumer.GotoAsync("/FilingCode");
        await consumer.GetByLabel("备案编号").FillAsync(filingNumber);
        await consumer.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(consumer.GetByTestId("code-valid")).ToHaveTextAsync("已完成单用途商业预付卡经营备案");
        await Assertions.Expect(consumer.GetByTestId("code-shop-name")).ToHaveTextAsync("演示餐厅石景山店");
        await Assertions.Expect(consumer.GetByTestId("code-qr")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(consumer, "filing-code-public");

        await reviewerPage.GetByRole(AriaRole.Link, new() { Name = "备案码管理" }).ClickAsync();
        var row = reviewerPage.GetByTestId("filing-row").Filter(new() { HasText = filingNumber });
        await row.GetByTestId("suspend-reason").FillAsync("核查投诉期间暂停");
        await row.GetByTestId("suspend").ClickAsync();
        await Assertions.Expect(reviewerPage.GetByTestId("notice")).ToContainTextAsync("备案码已暂停");

        await consumer.ReloadAsync();
        await Assertions.Expect(consumer.GetByTestId("code-suspended")).ToContainTextAsync("备案码已暂停使用：核查投诉期间暂停");
        await BrowserFixture.ScreenshotAsync(consumer, "filing-code-suspended");
    }

    private static async Task ReloadUntilAsync(IPage page, string testId, string text)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if ((await page.GetByTestId(testId).InnerTextAsync()).Trim() == text)
            {
                return;
            }

            await Task.Delay(500);
            await page.ReloadAsync();
        }

        await Assertions.Expect(page.GetByTestId(testId)).ToHaveTextAsync(text);
    }

    [GeneratedRegex("/Work$")]
    private static partial Regex WorkUrl();
}

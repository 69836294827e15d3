using Microsoft.Playwright;

namespace PrepaidPlatform.E2E.Tests.Pages;

/// <summary>Page object: the operator's 数据填报 (periods table and the form of one period), opened from the left menu.</summary>
internal sealed class ReportingPage(IPage page)
{
    public async Task OpenFromMenuAsync() => await page.GetByRole(AriaRole.Link, new() { Name = "数据填报", Exact = true }).First.ClickAsync();

    /// <summary>The row of a period, "2025-4".</summary>
    public ILocator Row(string period) => page.Locator($"[data-testid=period-row][data-period='{period}']");

    public async Task OpenFormAsync(string period) => await Row(period).GetByTestId("file").ClickAsync();

    /// <summary>Types the figures (元 and counts) into the form's fields in the manual's order and submits.</summary>
    public async Task FileAsync(IReadOnlyDictionary<string, string> figures)
    {
        foreach (var (field, value) in figures)
        {
            await page.Locator($"#Input_{field}").FillAsync(value);
        }

        await page.GetByTestId("submit").ClickAsync();
    }

    public async Task SubmitAsTypedAsync() => await page.GetByTestId("submit").ClickAsync();
}

/// <summary>Page object: the district's 数据核对 queue and one report's 核对 page.</summary>
internal sealed class VerificationPages(IPage page)
{
    public async Task OpenFromMenuAsync() => await page.GetByRole(AriaRole.Link, new() { Name = "数据核对" }).ClickAsync();

    public ILocator Rows => page.GetByTestId("report-row");

    public async Task OpenAsync(int row) => await Rows.Nth(row).GetByTestId("open").ClickAsync();

    public ILocator Status => page.GetByTestId("status");

    public ILocator Notice => page.GetByTestId("notice");

    public ILocator Custody => page.GetByTestId("custody");

    public async Task VerifyAsync() => await page.GetByTestId("step-verify").ClickAsync();

    public async Task ReturnAsync(string reason)
    {
        await page.GetByTestId("reason").FillAsync(reason);
        await page.GetByTestId("step-return").ClickAsync();
    }
}

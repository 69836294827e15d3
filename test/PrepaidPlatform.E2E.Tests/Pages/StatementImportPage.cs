using Microsoft.Playwright;

namespace PrepaidPlatform.E2E.Tests.Pages;

/// <summary>Page object: 存管账单导入 (city), opened from the side menu, found by the labels a user reads.</summary>
internal sealed class StatementImportPage(IPage page)
{
    public ILocator Progress => page.Locator("[data-import-progress]");

    public ILocator Accepted => page.GetByTestId("count-accepted");

    public ILocator Outcome => page.GetByTestId("outcome");

    public async Task OpenFromMenuAsync() => await page.GetByRole(AriaRole.Link, new() { Name = "存管账单导入" }).ClickAsync();

    public async Task ImportAsync(string bankName, string fileName, byte[] content)
    {
        await page.GetByLabel("存管银行").SelectOptionAsync(new SelectOptionValue { Label = bankName });
        await page.GetByLabel("账单文件").SetInputFilesAsync(new FilePayload
        {
            Name = fileName, MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = content,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
    }
}

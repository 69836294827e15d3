using Microsoft.Playwright;

namespace PrepaidPlatform.E2E.Tests.Pages;

/// <summary>Page object: 登录, found by the labels a user reads.</summary>
internal sealed class LoginPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/Account/Login");

    public async Task SignInAsync(string userName, string password, bool open = false)
    {
        if (open)
        {
            await OpenAsync();
        }

        await page.GetByLabel("账号", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }
}

/// <summary>Page object: the header every layout shares (language switch, current user, the account menu with 修改密码 and sign-out).</summary>
internal sealed class PageHeader(IPage page)
{
    public ILocator CurrentUser => page.GetByTestId("current-user");

    public async Task SwitchToEnglishAsync() => await page.GetByTestId("lang-en").ClickAsync();

    public async Task SwitchToChineseAsync() => await page.GetByTestId("lang-zh").ClickAsync();

    /// <summary>The account menu at the top right (<c>180****0001 ▾</c> for an operator): 修改密码 / 退出.</summary>
    public ILocator AccountMenu => page.GetByTestId("account-menu");

    public async Task SignOutAsync(string buttonText)
    {
        await AccountMenu.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = buttonText }).ClickAsync();
    }
}

using Microsoft.Playwright;

namespace PrepaidPlatform.E2E.Tests.Pages;

/// <summary>Page objects: 注册 (licence QR, sandbox confirmation, 个人信息验证, 承诺书) and 忘记密码, by the labels a user reads.</summary>
internal sealed class RegistrationPages(IPage page)
{
    /// <summary>Opens 注册, confirms the entity in the sandbox as its legal representative (a second tab), then 我已完成确认.</summary>
    public async Task VerifyLicenceAsync(string uscc)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "注册接入备案" }).ClickAsync();
        var sandboxUrl = await page.GetByTestId("sandbox-link").GetAttributeAsync("href");
        var phone = await page.Context.NewPageAsync();
        await phone.GotoAsync(sandboxUrl!);
        await phone.Locator($"input[value='{uscc}']").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "以法定代表人身份确认" }).ClickAsync();
        await Assertions.Expect(phone.GetByTestId("sandbox-confirmed")).ToBeVisibleAsync();
        await phone.CloseAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "我已完成确认" }).ClickAsync();
    }

    public ILocator Licence => page.GetByTestId("licence");

    public async Task ToAdministratorStepAsync() => await page.GetByTestId("next-step").ClickAsync();

    public async Task FillAdministratorAsync(string name, string idNumber, string phone)
    {
        await page.GetByLabel("姓名").FillAsync(name);
        await page.GetByLabel("身份证号").FillAsync(idNumber);
        await page.GetByLabel("手机号").FillAsync(phone);
    }

    public async Task RequestCodeAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "获取验证码" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("code-sent")).ToBeVisibleAsync();
    }

    public async Task FinishAdministratorAsync(string code, string password)
    {
        await page.GetByLabel("验证码").FillAsync(code);
        await page.GetByLabel("登录密码").FillAsync(password);
        await page.GetByLabel("再次确认密码").FillAsync(password);
        await page.GetByLabel("已阅读并同意").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();
    }

    public ILocator Commitment => page.GetByTestId("commitment");

    public async Task AcceptCommitmentAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "完成" }).ClickAsync();

    public ILocator Registered => page.GetByTestId("registered");
}

internal sealed class ForgotPasswordPage(IPage page)
{
    public async Task OpenFromLoginAsync() => await page.GetByTestId("forgot-password").ClickAsync();

    public async Task RequestCodeAsync(string uscc, string phone)
    {
        await page.GetByLabel("统一社会信用代码").FillAsync(uscc);
        await page.GetByLabel("注册手机号").FillAsync(phone);
        await page.GetByRole(AriaRole.Button, new() { Name = "获取验证码" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("code-sent")).ToBeVisibleAsync();
    }

    public async Task ResetAsync(string code, string password)
    {
        await page.GetByLabel("验证码").FillAsync(code);
        await page.GetByLabel("新密码").FillAsync(password);
        await page.GetByLabel("再次确认密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "重置密码" }).ClickAsync();
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;
using PrepaidPlatform.E2E.Tests.Pages;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.E2E.Tests;

/// <summary>F1–F2 in the browser: register a sandbox entity, lock the account out, reset by SMS code, sign in.</summary>
public sealed partial class OnboardingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Uscc = "91110108MA01AB3C3G";
    private const string Phone = "13900000501";

    [Fact]
    public async Task A_sandbox_entity_registers_is_locked_out_resets_its_password_by_SMS_and_signs_in()
    {
        var page = await browser.NewPageAsync();
        var registration = new RegistrationPages(page);
        await registration.VerifyLicenceAsync(Uscc);
        await Assertions.Expect(registration.Licence).ToContainTextAsync("演示企业3");
        await registration.ToAdministratorStepAsync();
        await registration.FillAdministratorAsync("测试管理员", "11010519491231002X", Phone);
        await registration.RequestCodeAsync();
        var city = await CityOutboxAsync();
        await registration.FinishAdministratorAsync(await CodeAsync(city, "139****0501"), "Aa@123456");
        await Assertions.Expect(registration.Commitment).ToContainTextAsync("139****0501");
        await BrowserFixture.ScreenshotAsync(page, "onboarding-commitment");
        await registration.AcceptCommitmentAsync();
        await Assertions.Expect(registration.Registered).ToContainTextAsync(Uscc);

        await page.GetByRole(AriaRole.Link, new() { Name = "去登录" }).ClickAsync();
        await new LoginPage(page).SignInAsync(Uscc, "Aa@123456");
        await Assertions.Expect(new PageHeader(page).CurrentUser).ToHaveTextAsync("演示企业3");
        await new PageHeader(page).SignOutAsync("退出");

        var login = new LoginPage(page);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await login.SignInAsync(Uscc, "Wrong@1234", open: true);
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("账号已被锁定，请 30 分钟后再试");
        await BrowserFixture.ScreenshotAsync(page, "onboarding-locked");

        // One code per phone per minute: the registration code was the last one.
        browser.Factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var forgot = new ForgotPasswordPage(page);
        await forgot.OpenFromLoginAsync();
        await forgot.RequestCodeAsync(Uscc, Phone);
        await city.ReloadAsync();
        await forgot.ResetAsync(await CodeAsync(city, "139****0501"), "Bb#654321");
        await Assertions.Expect(page.GetByTestId("login-notice")).ToContainTextAsync("密码已重置");
        await login.SignInAsync(Uscc, "Bb#654321");
        await Assertions.Expect(new PageHeader(page).CurrentUser).ToHaveTextAsync("演示企业3");
    }

    /// <summary>The city administrator's 短信发件箱 (development gateway), where the codes can be read.</summary>
    private async Task<IPage> CityOutboxAsync()
    {
        var city = await browser.NewPageAsync();
        await new LoginPage(city).SignInAsync("cityadmin", "Demo@2026", open: true);
        await Assertions.Expect(city).ToHaveURLAsync(EnableAuthenticatorUrl(), new() { Timeout = 60_000 });
        var enrolment = new EnableAuthenticatorPage(city);
        var key = await enrolment.KeyAsync();
        await enrolment.CompleteAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp());
        await new SmsOutboxPage(city).OpenFromMenuAsync();
        return city;
    }

    /// <summary>The outbox shows the code SMS redacted; the code itself is read as the phone received it.</summary>
    private async Task<string> CodeAsync(IPage city, string maskedPhone)
    {
        var row = new SmsOutboxPage(city).RowFor(maskedPhone).First;
        await Assertions.Expect(row).ToContainTextAsync("您的验证码为******");
        return await browser.Factory.LatestCodeAsync(Phone);
    }

    [GeneratedRegex("EnableAuthenticator")]
    private static partial Regex EnableAuthenticatorUrl();

}

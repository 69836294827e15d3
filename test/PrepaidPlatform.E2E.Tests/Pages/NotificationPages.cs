using Microsoft.Playwright;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.E2E.Tests.Pages;

/// <summary>Page object: 站内消息 as a user reaches it from the header, and one opened message.</summary>
internal sealed class InboxPage(IPage page)
{
    public ILocator UnreadCount => page.GetByTestId("unread-count");

    public async Task OpenFromHeaderAsync() => await page.GetByTestId("inbox-link").ClickAsync();

    public async Task OpenMessageAsync(string title) => await page.GetByTestId("inbox-list").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();

    public ILocator MessageBody => page.GetByTestId("message-body");

    public ILocator SubjectLink => page.GetByTestId("message-subject");
}

/// <summary>Page object: the authenticator enrolment a city administrator completes on first sign-in.</summary>
internal sealed class EnableAuthenticatorPage(IPage page)
{
    public async Task<string> KeyAsync() => (await page.GetByTestId("authenticator-key").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    public async Task CompleteAsync(string code)
    {
        await page.GetByLabel("动态口令").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "完成绑定" }).ClickAsync();
    }
}

/// <summary>Page object: 短信发件箱 (city), reached from the side menu.</summary>
internal sealed class SmsOutboxPage(IPage page)
{
    public async Task OpenFromMenuAsync() => await page.GetByRole(AriaRole.Link, new() { Name = "短信发件箱" }).ClickAsync();

    public ILocator Table => page.GetByTestId("sms-outbox");

    public ILocator RowFor(string maskedPhone) => Table.Locator("tr", new() { HasText = maskedPhone });

    /// <summary>
    /// Delivery is a background job: the page shows the status of the moment it was rendered, so a row still 待发送 is
    /// read again by reloading, as a person would, until it shows <paramref name="status"/>.
    /// </summary>
    public async Task WaitForStatusAsync(string maskedPhone, string status)
    {
        await Poller.UntilAsync(async () =>
        {
            var text = await RowFor(maskedPhone).InnerTextAsync();
            if (!text.Contains(status, StringComparison.Ordinal))
            {
                await page.ReloadAsync();
            }

            return text;
        }, text => text.Contains(status, StringComparison.Ordinal), $"短信 to {maskedPhone} to show {status}", TimeSpan.FromSeconds(60));
    }
}

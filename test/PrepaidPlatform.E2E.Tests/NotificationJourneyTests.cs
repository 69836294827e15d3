using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using PrepaidPlatform.E2E.Tests.Pages;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.E2E.Tests;

public sealed partial class NotificationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Operator = "91110107MA01AB2C3C";

    [Fact]
    public async Task An_operator_reads_a_message_in_the_inbox_and_the_city_reads_the_SMS_in_the_outbox()
    {
        var (operatorId, district) = await browser.Factory.UserAsync(Operator);
        await SendAsync(district, async sender =>
        {
            await sender.NotifyUserAsync(new UserNotification(operatorId, NotificationTemplateKeys.FilingRejected,
                new Dictionary<string, string> { ["operatorName"] = "演示企业2", ["reason"] = "营业执照复印件不清晰" }, "/Operator"));
            await sender.SendSmsAsync(new SmsNotification("18000000001", NotificationTemplateKeys.FilingRejected,
                new Dictionary<string, string> { ["operatorName"] = "演示企业2", ["reason"] = "营业执照复印件不清晰" }));
        });

        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync(Operator, "Demo@2026", open: true);
        var inbox = new InboxPage(page);
        await Assertions.Expect(inbox.UnreadCount).ToHaveTextAsync("1");
        await inbox.OpenFromHeaderAsync();
        await inbox.OpenMessageAsync("备案驳回");
        await Assertions.Expect(inbox.MessageBody).ToContainTextAsync("原因：营业执照复印件不清晰");
        await Assertions.Expect(inbox.SubjectLink).ToHaveAttributeAsync("href", "/Operator");
        await Assertions.Expect(inbox.UnreadCount).ToHaveTextAsync("0");

        var city = await browser.NewPageAsync();
        await new LoginPage(city).SignInAsync("cityadmin", "Demo@2026", open: true);
        await Assertions.Expect(city).ToHaveURLAsync(EnableAuthenticatorUrl(), new() { Timeout = 60_000 });
        var enrolment = new EnableAuthenticatorPage(city);
        var key = await enrolment.KeyAsync();
        await enrolment.CompleteAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp());

        var outbox = new SmsOutboxPage(city);
        await outbox.OpenFromMenuAsync();
        var row = outbox.RowFor("180****0001");
        await Assertions.Expect(row).ToContainTextAsync("演示企业2：您提交的备案登记未通过确认，原因：营业执照复印件不清晰。");
        await outbox.WaitForStatusAsync("180****0001", "已发送");
        await Assertions.Expect(outbox.Table).Not.ToContainTextAsync("18000000001");
    }

    private Task SendAsync(Guid? district, Func<INotificationSender, Task> send) =>
        browser.Factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district);
            await send(sp.GetRequiredService<INotificationSender>());
            await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync();
        });

    [GeneratedRegex("EnableAuthenticator")]
    private static partial Regex EnableAuthenticatorUrl();
}

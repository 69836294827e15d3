using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Notifications.Tests.Support;
using static PrepaidPlatform.Notifications.Tests.Support.NotificationsTestExtensions;

using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Notifications.Tests;

/// <summary>
/// 短信发件箱 as the city reads it. A class of its own: the city signs in with an authenticator code, which must be
/// computed near the real time, so no other test may have moved this host's clock far ahead first.
/// </summary>
public sealed class SmsOutboxPageTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{
    private static readonly Dictionary<string, string> Resumed = Params(("operatorName", "演示企业2"));

    [Fact]
    public async Task The_city_reads_sent_and_failed_SMS_in_the_outbox_with_masked_phones()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        const string good = "18000000004";
        const string bad = "18000000005";
        factory.Gateway.FailingPhones[bad] = true;
        await factory.NotifyAsync(null, async s =>
        {
            await s.SendSmsAsync(new SmsNotification(good, NotificationTemplateKeys.FilingCodeResumed, Resumed));
            await s.SendSmsAsync(new SmsNotification(bad, NotificationTemplateKeys.FilingCodeResumed, Resumed));
        });
        await Poller.UntilAsync(() => factory.SmsToAsync(good), m => m?.Status == SmsStatus.Sent, "the good SMS to be sent");
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await Poller.UntilAsync(() => factory.Gateway.AttemptsFor(bad).Count, n => n >= attempt, $"attempt {attempt}");
            factory.Clock.Advance(TimeSpan.FromMinutes(2));
        }

        await Poller.UntilAsync(() => factory.SmsToAsync(bad), m => m?.Status == SmsStatus.Failed, "the bad SMS to fail");

        var html = await city.GetPageAsync("/Notifications/SmsOutbox?phone=0005");
        html.ShouldContain("180****0005");
        html.ShouldNotContain(bad);
        html.ShouldContain("发送失败");
        html.ShouldContain("网关不可用（测试）");
        html.ShouldNotContain("180****0004");

        var sent = await city.GetPageAsync("/Notifications/SmsOutbox?status=Sent&phone=0004");
        sent.ShouldContain("180****0004");
        sent.ShouldContain("已发送");
        sent.ShouldContain("演示企业2：您的备案码已恢复使用。");
        sent.ShouldNotContain("180****0005");
    }
}

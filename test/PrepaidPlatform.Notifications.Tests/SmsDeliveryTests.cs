using System.Net;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Notifications.Tests.Support;
using static PrepaidPlatform.Notifications.Tests.Support.NotificationsTestExtensions;

using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Notifications.Tests;

/// <summary>SMS leave through the outbox in the background: delivered, retried with growing delays, finally failed.</summary>
public sealed class SmsDeliveryTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{
    private static readonly Dictionary<string, string> Resumed = Params(("operatorName", "演示企业2"));

    [Fact]
    public async Task An_SMS_is_delivered_in_the_background_through_the_development_gateway_with_the_signature()
    {
        const string phone = "18000000001";
        await factory.NotifyAsync(null, s => s.SendSmsAsync(new SmsNotification(phone, NotificationTemplateKeys.FilingCodeResumed, Resumed)));

        var sent = await Poller.UntilAsync(() => factory.SmsToAsync(phone), m => m?.Status == SmsStatus.Sent, "the SMS to be sent");
        sent!.Attempts.ShouldBe(1);
        sent.GatewayMessageId.ShouldStartWith("DEV-");
        sent.PhoneProtected.ShouldNotContain(phone);
        sent.PhoneMasked.ShouldBe("180****0001");
        var delivered = (await factory.RowsAsync<DevelopmentSms>()).Single(d => d.PhoneHash == factory.PhoneHash(phone));
        delivered.Content.ShouldBe("【预付卡监管平台】演示企业2：您的备案码已恢复使用。");
    }

    [Fact]
    public async Task A_failing_gateway_is_retried_with_doubling_delays_and_the_SMS_ends_failed_after_the_last_attempt()
    {
        const string phone = "18000000002";
        factory.Gateway.FailingPhones[phone] = true;
        await factory.NotifyAsync(null, s => s.SendSmsAsync(new SmsNotification(phone, NotificationTemplateKeys.FilingCodeResumed, Resumed)));

        // Attempt 1 at once; then 30 s, 60 s, 120 s later on the platform clock (MaxAttempts 4 in the factory).
        var first = await AttemptsAsync(phone, 1);
        foreach (var (delay, attempt) in new[] { (30, 2), (60, 3), (120, 4) })
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(delay - 1));
            await Task.Delay(500);
            factory.Gateway.AttemptsFor(phone).Count.ShouldBe(attempt - 1, $"attempt {attempt} came before its {delay} s delay");
            factory.Clock.Advance(TimeSpan.FromSeconds(1));
            await AttemptsAsync(phone, attempt);
        }

        var attempts = factory.Gateway.AttemptsFor(phone);
        attempts.Zip(attempts.Skip(1), (a, b) => (b - a).TotalSeconds).ShouldBe([30, 60, 120]);
        var failed = await Poller.UntilAsync(() => factory.SmsToAsync(phone), m => m?.Status == SmsStatus.Failed, "the SMS to fail for good");
        failed!.Attempts.ShouldBe(4);
        failed.LastError.ShouldBe("网关不可用（测试）");
        first.ShouldBe(1);

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await Task.Delay(500);
        factory.Gateway.AttemptsFor(phone).Count.ShouldBe(4, "a failed SMS is not retried");
    }

    [Fact]
    public async Task A_failing_gateway_never_fails_the_business_action_that_asked_for_the_SMS()
    {
        const string phone = "18000000003";
        factory.Gateway.FailingPhones[phone] = true;
        var reviewer = await factory.UserAsync("reviewer110108");

        // The business action: an in-app message and an SMS in one unit of work, committed while the gateway is down.
        await factory.NotifyAsync(reviewer.TenantId, async s =>
        {
            await s.NotifyUserAsync(new UserNotification(reviewer.Id, NotificationTemplateKeys.FilingCodeResumed, Resumed, "/Work"));
            await s.SendSmsAsync(new SmsNotification(phone, NotificationTemplateKeys.FilingCodeResumed, Resumed));
        });

        await AttemptsAsync(phone, 1);
        (await factory.RowsAsync<InboxMessage>()).ShouldContain(m => m.RecipientUserId == reviewer.Id && m.TenantId == reviewer.TenantId);
        var sms = await Poller.UntilAsync(() => factory.SmsToAsync(phone), m => m?.Attempts == 1, "the failed attempt to be recorded");
        sms!.Status.ShouldBe(SmsStatus.Pending);
        sms.TenantId.ShouldBe(reviewer.TenantId);
    }

    [Fact]
    public async Task A_district_reviewer_cannot_open_the_SMS_outbox()
    {
        using var district = await factory.SignedInClientAsync("reviewer110108");
        var response = await district.GetAsync("/Notifications/SmsOutbox");
        (response.StatusCode == HttpStatusCode.Forbidden || response.Headers.Location?.OriginalString.Contains("AccessDenied", StringComparison.Ordinal) == true)
            .ShouldBeTrue($"{(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task An_invalid_phone_is_refused_when_asked_not_queued()
    {
        await Should.ThrowAsync<ArgumentException>(() =>
            factory.NotifyAsync(null, s => s.SendSmsAsync(new SmsNotification("12345", NotificationTemplateKeys.FilingCodeResumed, Resumed))));
        (await factory.RowsAsync<SmsMessage>()).ShouldNotContain(m => m.PhoneMasked.EndsWith("2345"));
    }

    private Task<int> AttemptsAsync(string phone, int count) =>
        Poller.UntilAsync(() => factory.Gateway.AttemptsFor(phone).Count, n => n >= count, $"attempt {count} to {phone}", TimeSpan.FromSeconds(20));
}

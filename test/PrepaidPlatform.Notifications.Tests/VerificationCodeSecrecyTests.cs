using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Notifications.Tests.Support;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Notifications.Tests;

/// <summary>
/// A verification code reaches the phone but is never stored readable in the outbox (Notify_SmsMessages.Text), for
/// every gateway, and the city's 短信发件箱 never shows it. Own host: the city signs in with a code near the real time.
/// </summary>
public sealed partial class VerificationCodeSecrecyTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{
    [Fact]
    public async Task The_outbox_keeps_the_template_key_and_a_redacted_text_and_the_phone_still_gets_the_code()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        const string phone = "13900000061";
        (await SendAsync(phone)).Sent.ShouldBeTrue();

        var sms = await Poller.UntilAsync(() => factory.SmsToAsync(phone), m => m?.Status == SmsStatus.Sent, "the code SMS to be sent");
        var received = (await factory.RowsAsync<DevelopmentSms>()).Single(r => r.PhoneHash == factory.PhoneHash(phone)).Content;
        var code = CodeRegex().Match(received).Groups[1].Value;
        code.ShouldMatch(@"^\d{6}$");

        sms!.TemplateKey.ShouldBe(NotificationTemplateKeys.VerificationCode);
        sms.Text.ShouldBe("您的验证码为******，5分钟内有效，请勿泄露给他人。");
        sms.DeliveryTextProtected.ShouldBeNull("the encrypted text to deliver goes once the gateway took it");
        var stored = await factory.ScalarAsync("SELECT Text FROM Notify_SmsMessages WHERE PhoneHash = @hash", ("@hash", factory.PhoneHash(phone)));
        var html = await city.GetPageAsync("/Notifications/SmsOutbox?phone=0061");
        html.ShouldContain("139****0061");
        html.ShouldContain("您的验证码为******");
        html.ShouldNotContain(code);
        stored.ShouldBe(sms.Text);
    }

    [Fact]
    public async Task A_code_waiting_for_a_retry_is_stored_redacted_and_only_encrypted_for_delivery()
    {
        const string phone = "13900000062";
        factory.Gateway.FailingPhones[phone] = true;
        (await SendAsync(phone)).Sent.ShouldBeTrue();
        await Poller.UntilAsync(() => factory.Gateway.AttemptsFor(phone).Count, n => n >= 1, "the first attempt");

        var sms = await Poller.UntilAsync(() => factory.SmsToAsync(phone), m => m?.Attempts >= 1, "the failed attempt recorded");
        sms!.Status.ShouldBe(SmsStatus.Pending);
        sms.Text.ShouldContain("******");
        sms.DeliveryTextProtected.ShouldNotBeNull();
        CodeRegex().IsMatch(sms.DeliveryTextProtected).ShouldBeFalse("the text to deliver is encrypted");
    }

    private Task<VerificationCodeSendResult> SendAsync(string phone) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IVerificationCodeService>().SendAsync(phone, VerificationPurpose.Onboarding));

    [GeneratedRegex(@"验证码为(\d{6})")]
    private static partial Regex CodeRegex();
}

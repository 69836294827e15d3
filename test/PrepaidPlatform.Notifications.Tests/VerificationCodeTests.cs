using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Notifications.Tests.Support;

using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Notifications.Tests;

/// <summary>短信验证码: 6 digits, 5 minutes, 5 attempts, hashed at rest, one per minute and ten a day per phone.</summary>
public sealed partial class VerificationCodeTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{
    [Fact]
    public async Task A_code_of_six_digits_is_sent_by_SMS_and_stored_only_as_hashes()
    {
        const string phone = "13900000001";
        var result = await SendAsync(phone);
        result.Sent.ShouldBeTrue(result.Message);
        result.Message.ShouldBe("验证码已发送至139****0001，5分钟内有效。");

        var code = await CodeSentToAsync(phone);
        code.ShouldMatch(@"^\d{6}$");
        var stored = await factory.RowsAsync<VerificationCode>();
        stored.ShouldNotBeEmpty();
        stored.ShouldAllBe(c => !c.CodeHash.Contains(code) && !c.PhoneHash.Contains(phone) && c.CodeHash.Length == 64);
        stored.ShouldAllBe(c => c.ExpiresAtUtc == c.CreatedAtUtc.AddMinutes(5));
    }

    [Fact]
    public async Task A_correct_code_is_accepted_once_and_only_for_its_purpose()
    {
        const string phone = "13900000002";
        (await SendAsync(phone)).Sent.ShouldBeTrue();
        var code = await CodeSentToAsync(phone);

        (await VerifyAsync(phone, code, VerificationPurpose.PasswordReset)).Valid.ShouldBeFalse();
        var accepted = await VerifyAsync(phone, code);
        accepted.Valid.ShouldBeTrue();
        accepted.Message.ShouldBe("验证成功。");
        var again = await VerifyAsync(phone, code);
        again.Valid.ShouldBeFalse();
        again.Message.ShouldBe("请先获取验证码。");
    }

    [Fact]
    public async Task A_code_expires_five_minutes_after_it_was_sent()
    {
        const string phone = "13900000003";
        (await SendAsync(phone)).Sent.ShouldBeTrue();
        var code = await CodeSentToAsync(phone);

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var late = await VerifyAsync(phone, code);
        late.Valid.ShouldBeFalse();
        late.Message.ShouldBe("验证码已过期，请重新获取。");
    }

    [Fact]
    public async Task A_code_still_valid_just_before_five_minutes_is_accepted()
    {
        const string phone = "13900000004";
        (await SendAsync(phone)).Sent.ShouldBeTrue();
        var code = await CodeSentToAsync(phone);

        factory.Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        (await VerifyAsync(phone, code)).Valid.ShouldBeTrue();
    }

    [Fact]
    public async Task After_five_wrong_attempts_even_the_right_code_is_refused()
    {
        const string phone = "13900000005";
        (await SendAsync(phone)).Sent.ShouldBeTrue();
        var code = await CodeSentToAsync(phone);
        var wrong = code == "000000" ? "111111" : "000000";

        (await VerifyAsync(phone, wrong)).Message.ShouldBe("验证码错误，还可尝试4次。");
        for (var i = 0; i < 3; i++)
        {
            (await VerifyAsync(phone, wrong)).Valid.ShouldBeFalse();
        }

        (await VerifyAsync(phone, wrong)).Message.ShouldBe("验证码输入错误次数过多，请重新获取。");
        var right = await VerifyAsync(phone, code);
        right.Valid.ShouldBeFalse();
        right.Message.ShouldBe("验证码输入错误次数过多，请重新获取。");
    }

    [Fact]
    public async Task A_phone_gets_one_code_per_sixty_seconds_with_a_Chinese_message()
    {
        const string phone = "13900000006";
        (await SendAsync(phone)).Sent.ShouldBeTrue();

        factory.Clock.Advance(TimeSpan.FromSeconds(45));
        var refused = await SendAsync(phone);
        refused.Sent.ShouldBeFalse();
        refused.Message.ShouldBe("获取验证码过于频繁，请15秒后再试。");
        refused.RetryAfter.ShouldBe(TimeSpan.FromSeconds(15));
        (await SendAsync("13900000016")).Sent.ShouldBeTrue("another phone is not limited");

        factory.Clock.Advance(TimeSpan.FromSeconds(15));
        (await SendAsync(phone)).Sent.ShouldBeTrue();
    }

    [Fact]
    public async Task Parallel_guesses_cannot_compare_more_than_five_times()
    {
        const string phone = "13900000017";
        (await SendAsync(phone)).Sent.ShouldBeTrue();
        var code = await CodeSentToAsync(phone);
        var wrong = Enumerable.Range(0, 30).Select(i => ((int.Parse(code, CultureInfo.InvariantCulture) + 1 + i) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture)).ToList();

        // Each guess in its own scope (its own request and DbContext), all at once.
        var answers = await Task.WhenAll(wrong.Select(guess => Task.Run(() => VerifyAsync(phone, guess))));

        answers.ShouldAllBe(a => !a.Valid);
        answers.Count(a => a.Message.StartsWith("验证码错误，还可尝试", StringComparison.Ordinal)).ShouldBeLessThanOrEqualTo(4);
        (await factory.RowsAsync<VerificationCode>()).Single(c => c.PhoneHash == factory.PhoneHash(phone)).Attempts.ShouldBe(5);
        (await VerifyAsync(phone, code)).Message.ShouldBe("验证码输入错误次数过多，请重新获取。");
    }

    [Fact]
    public async Task Parallel_submissions_of_the_right_code_are_accepted_once()
    {
        const string phone = "13900000018";
        (await SendAsync(phone)).Sent.ShouldBeTrue();
        var code = await CodeSentToAsync(phone);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => VerifyAsync(phone, code))));

        answers.Count(a => a.Valid).ShouldBe(1);
    }

    [Fact]
    public async Task A_phone_gets_at_most_ten_codes_a_Beijing_day()
    {
        const string phone = "13900000007";
        // Start just after midnight in Beijing so that ten minutes of sending stay within one day.
        var shanghai = TimeSpan.FromHours(8);
        var local = factory.Clock.GetUtcNow().ToOffset(shanghai);
        factory.Clock.Advance(new DateTimeOffset(local.Date.AddDays(1).AddMinutes(1), shanghai) - factory.Clock.GetUtcNow());

        for (var i = 0; i < 10; i++)
        {
            (await SendAsync(phone)).Sent.ShouldBeTrue($"code {i + 1}");
            factory.Clock.Advance(TimeSpan.FromSeconds(61));
        }

        var refused = await SendAsync(phone);
        refused.Sent.ShouldBeFalse();
        refused.Message.ShouldBe("该手机号今日获取验证码已达10次上限，请明天再试。");

        factory.Clock.Advance(TimeSpan.FromDays(1));
        (await SendAsync(phone)).Sent.ShouldBeTrue("a new day starts a new count");
    }

    [Fact]
    public async Task An_invalid_phone_gets_a_Chinese_message_and_no_code()
    {
        var result = await SendAsync("1390000");
        result.Sent.ShouldBeFalse();
        result.Message.ShouldBe("请输入正确的11位手机号码。");
    }

    private Task<VerificationCodeSendResult> SendAsync(string phone) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IVerificationCodeService>().SendAsync(phone, VerificationPurpose.Onboarding));

    private Task<VerificationCodeCheckResult> VerifyAsync(string phone, string code, VerificationPurpose purpose = VerificationPurpose.Onboarding) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IVerificationCodeService>().VerifyAsync(phone, purpose, code));

    /// <summary>The code as the phone received it, from the development gateway's outbox.</summary>
    private async Task<string> CodeSentToAsync(string phone)
    {
        var sms = await Poller.UntilAsync(() => factory.RowsAsync<DevelopmentSms>(), rows => rows.Any(r => r.PhoneHash == factory.PhoneHash(phone)), $"the code SMS to {phone}");
        var text = sms.Where(r => r.PhoneHash == factory.PhoneHash(phone)).OrderByDescending(r => r.ReceivedAtUtc).First().Content;
        return CodeRegex().Match(text).Groups[1].Value;
    }

    [GeneratedRegex(@"验证码为(\d+)")]
    private static partial Regex CodeRegex();
}

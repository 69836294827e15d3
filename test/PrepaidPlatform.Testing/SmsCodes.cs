using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Security;
using Shouldly;

namespace PrepaidPlatform.Testing;

/// <summary>Reads the verification code a phone last received from the SMS queue, as a person would from the phone.</summary>
public static partial class SmsCodes
{
    /// <remarks>
    /// The outbox stores the code redacted, so the code is read where the development gateway delivered it, once the
    /// latest code SMS to the phone was sent.
    /// </remarks>
    public static async Task<string> LatestCodeAsync(this PlatformFactory factory, string phone)
    {
        var hash = factory.PhoneHash(phone);
        await Poller.UntilAsync(
            () => factory.ScalarAsync(
                "SELECT Status FROM Notify_SmsMessages WHERE PhoneHash = @hash AND TemplateKey = 'verification.code' ORDER BY CreatedAtUtc DESC LIMIT 1",
                ("@hash", hash)),
            status => status is not null && Convert.ToInt32(status, CultureInfo.InvariantCulture) == SentStatus,
            $"the verification code SMS to {phone} to be delivered");
        var text = await factory.ScalarAsync(
            "SELECT Content FROM Notify_DevelopmentSms WHERE PhoneHash = @hash AND Content LIKE '%验证码%' ORDER BY ReceivedAtUtc DESC LIMIT 1",
            ("@hash", hash)) as string;
        text.ShouldNotBeNull($"no verification code was delivered to {phone}");
        return Code().Match(text).Value;
    }

    /// <summary>SmsStatus.Sent of the Notifications module.</summary>
    private const int SentStatus = 2;

    /// <summary>The keyed hash under which every module finds a phone.</summary>
    public static string PhoneHash(this PlatformFactory factory, string phone) =>
        factory.Services.GetRequiredService<IPersonalDataProtector>().PhoneHash(phone);

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex Code();
}

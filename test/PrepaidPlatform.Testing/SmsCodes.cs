using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Security;
using Shouldly;

namespace PrepaidPlatform.Testing;

/// <summary>Reads the verification code a phone last received from the SMS queue, as a person would from the phone.</summary>
public static partial class SmsCodes
{
    public static async Task<string> LatestCodeAsync(this PlatformFactory factory, string phone)
    {
        var text = await factory.ScalarAsync(
            "SELECT Text FROM Notify_SmsMessages WHERE PhoneHash = @hash AND TemplateKey = 'verification.code' ORDER BY CreatedAtUtc DESC LIMIT 1",
            ("@hash", factory.PhoneHash(phone))) as string;
        text.ShouldNotBeNull($"no verification code was sent to {phone}");
        return Code().Match(text).Value;
    }

    /// <summary>The keyed hash under which every module finds a phone.</summary>
    public static string PhoneHash(this PlatformFactory factory, string phone) =>
        factory.Services.GetRequiredService<IPersonalDataProtector>().PhoneHash(phone);

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex Code();
}

using System.Text.RegularExpressions;

namespace PrepaidPlatform.Platform.Identifiers;

/// <summary>Mainland mobile numbers as stored and sent: 11 digits starting with 1, without spaces or +86.</summary>
public static partial class MobilePhone
{
    public const string InvalidMessage = "请输入正确的11位手机号码。";

    public static bool TryNormalize(string? input, out string phone)
    {
        var digits = new string((input ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (digits.StartsWith("+86", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }

        phone = digits;
        return Mobile().IsMatch(digits);
    }

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();
}

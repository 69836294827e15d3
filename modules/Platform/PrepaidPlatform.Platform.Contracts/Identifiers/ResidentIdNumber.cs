using System.Globalization;

namespace PrepaidPlatform.Platform.Identifiers;

/// <summary>
/// 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date (a real date, not in the future), 3-digit
/// sequence and an ISO 7064 MOD 11-2 check character (REFERENCE.md "Identifiers").
/// </summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Null when the number is valid on <paramref name="today"/>, else the Chinese message to show.</summary>
    public static string? Validate(string? number, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return "请输入身份证号码。";
        }

        if (number.Length != 18)
        {
            return "身份证号码应为18位。";
        }

        if (!number.AsSpan(0, 17).ToString().All(char.IsAsciiDigit) || !(char.IsAsciiDigit(number[17]) || number[17] == 'X'))
        {
            return "身份证号码前17位应为数字，最后一位为数字或大写字母X。";
        }

        if (!DateOnly.TryParseExact(number.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth > today || birth.Year < 1900)
        {
            return "身份证号码中的出生日期不正确。";
        }

        return CheckCharacter(number.AsSpan(0, 17)) == number[17] ? null : "身份证号码校验位不正确，请核对后重新输入。";
    }

    /// <summary>Σ aᵢ·Wᵢ mod 11 = 0..10 → 1, 0, X, 9, 8, 7, 6, 5, 4, 3, 2.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("需要前17位。", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}

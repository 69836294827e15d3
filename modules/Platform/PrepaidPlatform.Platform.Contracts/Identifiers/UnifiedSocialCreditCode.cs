namespace PrepaidPlatform.Platform.Identifiers;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and capital letters without I, O, Z, S, V; the 18th is a
/// check character over the first 17 (REFERENCE.md "Identifiers"). A few genuine codes fail the check: the licence
/// verifier is the authority, this guards typing errors at sign-in and in forms.
/// </summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Null when the code is valid, else the Chinese message to show.</summary>
    public static string? Validate(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "请输入统一社会信用代码。";
        }

        if (code.Length != 18)
        {
            return "统一社会信用代码应为18位。";
        }

        if (code.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return "统一社会信用代码只能由数字和大写字母组成（不含 I、O、Z、S、V）。";
        }

        return CheckCharacter(code.AsSpan(0, 17)) == code[17] ? null : "统一社会信用代码校验位不正确，请核对后重新输入。";
    }

    public static bool IsValid(string? code) => Validate(code) is null;

    /// <summary>C18 = 31 − (Σ Ci·Wi mod 31), where 31 stands for 0.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("需要前17位。", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"字符 {first17[i]} 不在统一社会信用代码字符集中。", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>Positions 3–8: the administrative division (GB/T 2260) of the registration authority.</summary>
    public static string DivisionCode(string validCode) => validCode.Substring(2, 6);
}

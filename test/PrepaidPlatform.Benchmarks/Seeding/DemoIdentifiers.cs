using System.Globalization;
using PrepaidPlatform.Platform.Identifiers;

namespace PrepaidPlatform.Benchmarks.Seeding;

/// <summary>The identifiers of the n-th seeded operator: deterministic, so a figure can pick any of them without a query.</summary>
internal static class DemoIdentifiers
{
    // GB 32100-2015's 31 symbols (no I, O, Z, S, V), in value order.
    private const string Symbols = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>
    /// 91 (工商, 企业) + the district's division code + "MA" + the operator's ordinal in base 31 + the check character, so
    /// every code passes the platform's own check (<see cref="UnifiedSocialCreditCode"/>) and no two operators share one.
    /// </summary>
    public static string Uscc(int ordinal, string divisionCode)
    {
        Span<char> code = stackalloc char[18];
        ("91" + divisionCode + "MA").CopyTo(code);
        for (int position = 16, rest = ordinal; position >= 10; position--, rest /= Symbols.Length)
        {
            code[position] = Symbols[rest % Symbols.Length];
        }

        code[17] = UnifiedSocialCreditCode.CheckCharacter(code[..17]);
        return new string(code);
    }

    /// <summary>备案编号: SW + the Beijing date of the approval + its 5-digit number of that day.</summary>
    public static string FilingNumber(DateOnly filedOn, int numberOfDay) =>
        "SW" + filedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + numberOfDay.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>申请单编号: the date and 6 digits, as the platform numbers them (the seed's ordinal instead of random digits).</summary>
    public static string ApplicationNumber(DateOnly submittedOn, int ordinal) =>
        submittedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (ordinal % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static string OperatorName(int ordinal) => "演示企业" + ordinal.ToString("D5", CultureInfo.InvariantCulture);
}

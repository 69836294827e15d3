namespace PrepaidPlatform.Filing.Dictionaries;

/// <summary>One choice of 适用行业 for a model contract: a division or a class of <see cref="IndustryDictionary"/>.</summary>
internal sealed record TemplateIndustry(string Code, string Name, bool IsDivision);

/// <summary>
/// 适用行业 of a 合同模板: 通用, a GB/T 4754 division (大类, such as 62 餐饮业) or one class (小类, such as 8930 健身休闲活动).
/// Model contracts are issued per trade, and a trade is sometimes a whole division (餐饮) and sometimes one class of a
/// broad division (健身 within 89 体育), so both levels are offered; the codes never collide (2 and 4 digits).
/// </summary>
internal static class TemplateIndustries
{
    public const string GeneralName = "通用";

    public static readonly IReadOnlyList<TemplateIndustry> All = IndustryDictionary.All
        .GroupBy(c => (c.DivisionCode, c.DivisionName))
        .SelectMany(d => d.Select(c => new TemplateIndustry(c.Code, c.DisplayName, false)).Prepend(new TemplateIndustry(d.Key.DivisionCode, d.Key.DivisionName, true)))
        .ToList();

    private static readonly Dictionary<string, TemplateIndustry> ByCode = All.ToDictionary(i => i.Code, StringComparer.Ordinal);

    public static bool IsKnown(string code) => ByCode.ContainsKey(code);

    /// <summary>The display name: 通用 for null, the division's or class's name otherwise (the code itself when no longer listed).</summary>
    public static string NameOf(string? code) =>
        code is null ? GeneralName : ByCode.TryGetValue(code, out var industry) ? industry.Name : code;
}

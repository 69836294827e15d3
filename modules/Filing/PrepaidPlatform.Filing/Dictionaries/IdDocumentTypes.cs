using System.Text.RegularExpressions;
using PrepaidPlatform.Platform.Identifiers;

namespace PrepaidPlatform.Filing.Dictionaries;

/// <summary>证件类型 of the legal representative (备案登记 · 3. 法人/负责人信息): exactly the six the manual lists.</summary>
internal enum IdDocumentType
{
    MainlandResidentId = 1,         // 中国大陆居民身份证
    Passport = 2,                   // 外国（地区）护照
    HongKongPermit = 3,             // 香港居民来往内地通行证
    MacaoPermit = 4,                // 澳门居民来往内地通行证
    TaiwanPermit = 5,               // 台湾居民来往大陆通行证
    ForeignPermanentResidentId = 6, // 外国人永久居留身份证
}

/// <summary>
/// The six types with their names and the format check of each number. Only the mainland ID has a check character
/// (GB 11643); the other formats follow the issuing authorities' published layouts and only guard typing errors.
/// </summary>
internal static partial class IdDocumentTypes
{
    public static readonly IReadOnlyList<(IdDocumentType Type, string Name)> All =
    [
        (IdDocumentType.MainlandResidentId, "中国大陆居民身份证"),
        (IdDocumentType.Passport, "外国（地区）护照"),
        (IdDocumentType.HongKongPermit, "香港居民来往内地通行证"),
        (IdDocumentType.MacaoPermit, "澳门居民来往内地通行证"),
        (IdDocumentType.TaiwanPermit, "台湾居民来往大陆通行证"),
        (IdDocumentType.ForeignPermanentResidentId, "外国人永久居留身份证"),
    ];

    public static string NameOf(IdDocumentType type) => All.First(t => t.Type == type).Name;

    public static bool IsDefined(IdDocumentType? type) => type is not null && All.Any(t => t.Type == type);

    /// <summary>Upper-cases and trims; the stored and hashed form.</summary>
    public static string Normalize(string number) => number.Trim().ToUpperInvariant();

    /// <summary>A Chinese message when the number does not fit its type, else null.</summary>
    public static string? Validate(IdDocumentType type, string normalized, DateOnly today) => type switch
    {
        IdDocumentType.MainlandResidentId => ResidentIdNumber.Validate(normalized, today),
        IdDocumentType.Passport => PassportRegex().IsMatch(normalized) ? null : "请输入正确的护照号码（5至20位字母或数字）。",
        // 回乡证: H (Hong Kong) or M (Macao) + 8 digits (+ 2 digits of the issue count on older cards).
        IdDocumentType.HongKongPermit => HongKongRegex().IsMatch(normalized) ? null : "请输入正确的香港居民来往内地通行证号码（H开头，共9位或11位）。",
        IdDocumentType.MacaoPermit => MacaoRegex().IsMatch(normalized) ? null : "请输入正确的澳门居民来往内地通行证号码（M开头，共9位或11位）。",
        // 台胞证: 8 digits since 2015; older cards 10 digits with an optional letter.
        IdDocumentType.TaiwanPermit => TaiwanRegex().IsMatch(normalized) ? null : "请输入正确的台湾居民来往大陆通行证号码（8位数字或10位数字）。",
        // 永居证: 15 characters (3 letters + 12 digits) before 2023, 18 characters starting with 9 since.
        IdDocumentType.ForeignPermanentResidentId => ForeignRegex().IsMatch(normalized) ? null : "请输入正确的外国人永久居留身份证号码（15位或以9开头的18位）。",
        _ => "请选择证件类型。",
    };

    [GeneratedRegex("^[A-Z0-9]{5,20}$")]
    private static partial Regex PassportRegex();

    [GeneratedRegex(@"^H\d{8}(\d{2})?$")]
    private static partial Regex HongKongRegex();

    [GeneratedRegex(@"^M\d{8}(\d{2})?$")]
    private static partial Regex MacaoRegex();

    [GeneratedRegex(@"^(\d{8}|\d{10}[A-Z]?)$")]
    private static partial Regex TaiwanRegex();

    [GeneratedRegex(@"^([A-Z]{3}\d{12}|9\d{16}[0-9X])$")]
    private static partial Regex ForeignRegex();
}

namespace PrepaidPlatform.Filing.Onboarding;

/// <summary>
/// 营业执照 as the electronic business licence service returns it (SPEC F1): stored on verification and prefilled in
/// the filing form; changed only through the verifier (更新证照).
/// </summary>
public sealed record BusinessLicence(
    string Uscc,                    // 统一社会信用代码
    string Name,                    // 经营者名称
    string LegalRepresentative,     // 法定代表人（负责人）
    string RegisteredAddress,       // 注册地址 / 住所
    string DistrictCode,            // GB/T 2260 code of the district of the registered address
    string Authority,               // 登记机关
    DateOnly RegistrationDate,      // 成立日期 / 登记日期
    decimal RegisteredCapitalWan,   // 注册资本（万元）
    string BusinessScope,           // 经营范围
    DateOnly TermFrom,              // 营业期限自
    DateOnly? TermTo,               // 营业期限至（null = 长期）
    string Form);                   // 类型, e.g. 有限责任公司（自然人投资或控股）

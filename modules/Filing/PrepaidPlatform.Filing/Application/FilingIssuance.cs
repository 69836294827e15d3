using PrepaidPlatform.Platform.Rules;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// 发卡类型 (记名卡 / 不记名卡) is not in the Beijing manual's form (6. 发卡信息 asks for the product, the count, the
/// balance and the files only), so the Beijing profile neither shows nor requires it. The Shanghai profile asks for it:
/// the face-value limits differ by kind (记名卡 ≤ 5000 元, 不记名卡 ≤ 1000 元, the MOFCOM 2012 measure Shanghai applies).
/// </summary>
internal static class FilingIssuance
{
    public static bool AsksCardKinds(RuleFigures rules) => rules.Profile == RuleProfileKind.Shanghai;
}

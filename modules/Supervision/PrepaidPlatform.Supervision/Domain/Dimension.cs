namespace PrepaidPlatform.Supervision.Domain;

/// <summary>
/// The ways the dashboards cut the operators (上海方案 §三(三)三: 行业, 区域, 发卡系统, 资金存管方式, 发卡时间周期). 区域 is the
/// district for the city and the street for a district: <see cref="District"/> figures are the per-district totals.
/// </summary>
internal enum Dimension
{
    District = 0,
    Industry = 1,
    Street = 2,
    CardSystem = 3,
    CustodyMethod = 4,
    Period = 5,
}

internal static class Dimensions
{
    public const string NoIndustry = "未填行业";
    public const string NoStreet = "未填街道";
    public const string NotConnected = "未对接";

    public const string CustodyOnly = "资金存管";
    public const string InsuranceOnly = "履约保证保险";
    public const string CustodyAndInsurance = "存管+保险";
    public const string Unsecured = "未落实";

    public static readonly IReadOnlyList<Dimension> Charted = [Dimension.Industry, Dimension.District, Dimension.CardSystem, Dimension.CustodyMethod, Dimension.Period];

    public static string Title(Dimension dimension, bool city) => dimension switch
    {
        Dimension.Industry => "行业",
        Dimension.District => city ? "区域（区）" : "区域（街道）",
        Dimension.Street => "区域（街道）",
        Dimension.CardSystem => "发卡系统",
        Dimension.CustodyMethod => "资金存管方式",
        Dimension.Period => "发卡时间周期",
        _ => dimension.ToString(),
    };

    public static string CustodyMethod(bool account, bool insurance) => (account, insurance) switch
    {
        (true, true) => CustodyAndInsurance,
        (true, false) => CustodyOnly,
        (false, true) => InsuranceOnly,
        _ => Unsecured,
    };

    /// <summary>
    /// 发卡时间周期: how long the operator has been issuing under its filing (from 备案日期 to the snapshot day), in the
    /// bands the risk of a long-lived prepaid pool follows.
    /// </summary>
    public static string Period(DateOnly filedOn, DateOnly asOf)
    {
        var months = ((asOf.Year - filedOn.Year) * 12) + asOf.Month - filedOn.Month - (asOf.Day < filedOn.Day ? 1 : 0);
        return months switch
        {
            < 12 => "不满1年",
            < 36 => "1至3年",
            < 60 => "3至5年",
            _ => "5年以上",
        };
    }

    /// <summary>The bands in their natural order, for the chart's axis.</summary>
    public static readonly IReadOnlyList<string> PeriodOrder = ["不满1年", "1至3年", "3至5年", "5年以上"];
}

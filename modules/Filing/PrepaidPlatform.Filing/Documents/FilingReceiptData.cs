namespace PrepaidPlatform.Filing.Documents;

/// <summary>What the 备案回执 (F6) shows: the filing as the district confirmed it.</summary>
/// <param name="FilingNumber">备案编号, e.g. SW2026120200001.</param>
/// <param name="OperatorName">经营者名称 as on the business licence.</param>
/// <param name="Uscc">统一社会信用代码.</param>
/// <param name="Address">注册地址 (住所) as on the business licence.</param>
/// <param name="IndustryName">所属行业, e.g. 餐饮业-正餐服务.</param>
/// <param name="DistrictBureau">备案机关, the district of registration's bureau, e.g. 北京市海淀区商务局.</param>
/// <param name="FiledOn">备案日期: the day of approval in Beijing time.</param>
/// <param name="ShopName">店铺名称 (brand), shown when given.</param>
/// <param name="VerifyUrl">Public URL of the filing code page (备案码); when given, the receipt carries its QR code.</param>
/// <param name="PremisesAddress">经营地址, shown in its own row when given and different from <paramref name="Address"/>.</param>
internal sealed record FilingReceiptData(
    string FilingNumber,
    string OperatorName,
    string Uscc,
    string Address,
    string IndustryName,
    string DistrictBureau,
    DateOnly FiledOn,
    string? ShopName = null,
    string? VerifyUrl = null,
    string? PremisesAddress = null);

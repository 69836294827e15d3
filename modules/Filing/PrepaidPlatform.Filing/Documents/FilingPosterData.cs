namespace PrepaidPlatform.Filing.Documents;

/// <summary>What the printable 备案码 poster (F5 物料) shows; the operator displays it at its premises.</summary>
/// <param name="ShopName">商户品牌/店铺名称, the biggest line; when empty the operator's name takes its place.</param>
/// <param name="OperatorName">经营者名称.</param>
/// <param name="FilingNumber">备案编号.</param>
/// <param name="VerifyUrl">Public URL of the filing code page, encoded in the QR code.</param>
/// <param name="Issuer">The issuing authority printed at the foot, e.g. 北京市商务局.</param>
internal sealed record FilingPosterData(string? ShopName, string OperatorName, string FilingNumber, string VerifyUrl, string Issuer);

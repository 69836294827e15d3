namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// The 备案信息 form as typed: text as posted, so that a draft keeps anything (lengths aside) and a submit can name
/// each wrong field in Chinese. Protected values (证件号码, 手机号, 银行账号) are blank unless typed again.
/// </summary>
internal sealed class FilingInput
{
    // 基本信息
    public string? ShopName { get; set; }

    public string? IndustryCode { get; set; }

    public string? DistrictCode { get; set; }

    public string? StreetCode { get; set; }

    public string? Category { get; set; }

    // 法人/负责人信息
    public string? LegalRepName { get; set; }

    public string? LegalRepIdType { get; set; }

    public string? LegalRepIdNumber { get; set; }

    public string? LegalRepPhone { get; set; }

    // 经营场所信息
    public string? PremisesAddress { get; set; }

    public string? PremisesOwnership { get; set; }

    public string? LeaseFrom { get; set; }

    public string? LeaseTo { get; set; }

    // 发卡信息
    public string? ProductName { get; set; }

    public bool NamedCards { get; set; }

    public bool BearerCards { get; set; }

    public string? CardsIssued { get; set; }

    /// <summary>预收资金余额 in 万元, as typed.</summary>
    public string? PrepaidBalanceWan { get; set; }

    // 专用存管账户
    public string? CustodyBankCode { get; set; }

    public string? CustodyBranchName { get; set; }

    public string? CustodyAccountNumber { get; set; }

    // 其他信息
    public string? Remarks { get; set; }
}

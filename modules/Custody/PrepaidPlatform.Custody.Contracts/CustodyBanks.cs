namespace PrepaidPlatform.Custody;

/// <summary>开户银行 (备案登记 · 7. 专用存管账户): a commercial bank operating in the city.</summary>
public sealed record CustodyBank(string Code, string Name);

/// <summary>
/// The custody bank must be a commercial bank in Beijing or its branch (新用户必读 · 三、监管要求). The list holds the
/// large state-owned and joint-stock banks with Beijing branches and the two Beijing city banks; codes are the banks'
/// usual English abbreviations (stable keys, not CNAPS numbers, since city banks share one CNAPS class). Part of the
/// contract because the filing form offers and checks the same list the Custody module stores codes of.
/// </summary>
public static class CustodyBanks
{
    public static readonly IReadOnlyList<CustodyBank> All =
    [
        new("ICBC", "中国工商银行"), new("ABC", "中国农业银行"), new("BOC", "中国银行"), new("CCB", "中国建设银行"),
        new("BOCOM", "交通银行"), new("PSBC", "中国邮政储蓄银行"), new("CMB", "招商银行"), new("CITIC", "中信银行"),
        new("CEB", "中国光大银行"), new("HXB", "华夏银行"), new("CMBC", "中国民生银行"), new("CIB", "兴业银行"),
        new("SPDB", "上海浦东发展银行"), new("CGB", "广发银行"), new("PAB", "平安银行"), new("CZB", "浙商银行"),
        new("CBHB", "渤海银行"), new("HFB", "恒丰银行"), new("BOB", "北京银行"), new("BRCB", "北京农村商业银行"),
    ];

    public static CustodyBank? Find(string? code) => All.FirstOrDefault(b => b.Code == code);
}

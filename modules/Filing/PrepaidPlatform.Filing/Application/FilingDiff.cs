using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Filing.Domain;

namespace PrepaidPlatform.Filing.Application;

/// <summary>One changed item of a 变更备案: what is on file and what the operator asks for, as the district reads them.</summary>
internal sealed record FilingChangeLine(string Section, string Item, string Before, string After);

/// <summary>
/// What a change filing changes (F7: the diff shown to the district): every field of the form compared with the filed
/// data, in display form (dictionary names, 万元); ID, phone and account numbers are compared in full but shown masked,
/// uploads compared by content (SHA-256), not by name.
/// </summary>
internal static class FilingDiff
{
    public static IReadOnlyList<FilingChangeLine> Compare(FilingApplication filed, FilingApplication change, CustodyAccountView filedCustody, CustodyAccountView changeCustody,
        bool accountNumberChanged, IReadOnlyCollection<FilingAttachment> filedFiles, IReadOnlyCollection<FilingAttachment> changeFiles)
    {
        var lines = new List<FilingChangeLine>();
        void Add(string section, string item, string? before, string? after)
        {
            if (!string.Equals(before ?? string.Empty, after ?? string.Empty, StringComparison.Ordinal))
            {
                lines.Add(new FilingChangeLine(section, item, Show(before), Show(after)));
            }
        }

        Add("基本信息", "店铺名称", filed.ShopName, change.ShopName);
        Add("基本信息", "所属行业", IndustryDictionary.Find(filed.IndustryCode)?.DisplayName, IndustryDictionary.Find(change.IndustryCode)?.DisplayName);
        Add("基本信息", "所在街道（乡镇）", StreetDictionary.Find(filed.StreetCode)?.Name, StreetDictionary.Find(change.StreetCode)?.Name);
        Add("基本信息", "类别", Category(filed.Category), Category(change.Category));
        Add("法人/负责人信息", "姓名", filed.LegalRepName, change.LegalRepName);
        Add("法人/负责人信息", "证件类型", filed.LegalRepIdType is { } ft ? IdDocumentTypes.NameOf(ft) : null, change.LegalRepIdType is { } ct ? IdDocumentTypes.NameOf(ct) : null);
        if (filed.LegalRepIdNumber.Hash != change.LegalRepIdNumber.Hash)
        {
            lines.Add(new FilingChangeLine("法人/负责人信息", "证件号码", Show(filed.LegalRepIdNumber.Masked), Show(change.LegalRepIdNumber.Masked)));
        }

        if (filed.LegalRepPhone.Hash != change.LegalRepPhone.Hash)
        {
            lines.Add(new FilingChangeLine("法人/负责人信息", "手机号", Show(filed.LegalRepPhone.Masked), Show(change.LegalRepPhone.Masked)));
        }

        Add("经营场所信息", "实际经营场所", filed.PremisesAddress, change.PremisesAddress);
        Add("经营场所信息", "房屋归属", Ownership(filed.PremisesOwnership), Ownership(change.PremisesOwnership));
        Add("经营场所信息", "租赁期限", Lease(filed), Lease(change));
        Add("发卡信息", "商品或服务名称", filed.ProductName, change.ProductName);
        Add("发卡信息", "发卡类型", Kinds(filed.CardKinds), Kinds(change.CardKinds));
        Add("发卡信息", "累计发行张数", filed.CardsIssued?.ToString(System.Globalization.CultureInfo.InvariantCulture), change.CardsIssued?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("发卡信息", "预收资金余额（万元）", FilingDraftParser.FormatWan(filed.PrepaidBalanceFen), FilingDraftParser.FormatWan(change.PrepaidBalanceFen));
        Add("专用存管账户", "开户银行", filedCustody.BankName, changeCustody.BankName);
        Add("专用存管账户", "开户支行", filedCustody.BranchName, changeCustody.BranchName);
        if (accountNumberChanged)
        {
            lines.Add(new FilingChangeLine("专用存管账户", "银行账号", Show(filedCustody.MaskedAccountNumber), Show(changeCustody.MaskedAccountNumber)));
        }

        Add("其他信息", "备注信息", filed.Remarks, change.Remarks);
        foreach (var kind in Enum.GetValues<AttachmentKind>())
        {
            var before = filedFiles.FirstOrDefault(f => f.Kind == kind);
            var after = changeFiles.FirstOrDefault(f => f.Kind == kind);
            if (before?.Sha256 != after?.Sha256)
            {
                lines.Add(new FilingChangeLine("上传材料", FilingUploads.Names[kind], Show(before?.FileName), after is null ? "（已删除）" : $"{after.FileName}（新上传）"));
            }
        }

        return lines;
    }

    private static string Show(string? value) => string.IsNullOrEmpty(value) ? "-" : value;

    private static string? Category(FilingCategory? c) => c switch
    {
        FilingCategory.SingleEntity => "法人企业（单一主体备案）",
        FilingCategory.MergedBranches => "法人企业（合并分公司备案）",
        _ => null,
    };

    private static string? Ownership(PremisesOwnership? o) => o switch
    {
        PremisesOwnership.Rented => "租赁",
        PremisesOwnership.Owned => "自有",
        _ => null,
    };

    private static string? Lease(FilingApplication a) => a.LeaseFrom is { } f && a.LeaseTo is { } t ? $"{f:yyyy-MM-dd} ~ {t:yyyy-MM-dd}" : null;

    private static string Kinds(CardKinds k) =>
        string.Join("、", new[] { k.HasFlag(CardKinds.Named) ? "记名卡" : null, k.HasFlag(CardKinds.Bearer) ? "不记名卡" : null }.Where(x => x is not null));
}

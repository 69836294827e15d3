using System.Text.RegularExpressions;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Identifiers;

namespace PrepaidPlatform.Filing.Application;

/// <summary>What a submit is checked against besides the form: the verified licence, today's date and the rule profile.</summary>
/// <param name="LicenceDistrictCode">The district of the registered address (注册地址).</param>
/// <param name="LicenceDistrictName">Its name, for the message.</param>
/// <param name="CardKindsAsked">发卡类型 is on the form: only under the Shanghai profile (see <see cref="FilingIssuance"/>).</param>
internal sealed record FilingRuleContext(string LicenceDistrictCode, string LicenceDistrictName, DateOnly Today, bool CardKindsAsked = false);

/// <summary>The readable protected values of the application, decrypted only for the check.</summary>
internal sealed record FilingSecrets(string? IdNumber, string? Phone, string? AccountNumber);

/// <summary>
/// 提交备案 (第2步 · 2.): every field of 第1步 checked with the manual's rules (带红色星号表示为必填/必选项). Keys are the
/// form's field names, so each message lands under its input. Uploads are checked by content when uploaded
/// (<see cref="FilingUploads"/>); at submit <see cref="CheckAttachments"/> asks that the required ones are there.
/// </summary>
internal static partial class FilingRules
{
    public static Dictionary<string, string> Check(FilingApplication a, CustodyAccountView custody, FilingSecrets secrets, FilingRuleContext context)
    {
        var errors = new Dictionary<string, string>();

        // 1. 基本信息
        Require(errors, a.ShopName, nameof(FilingInput.ShopName), "请输入店铺/品牌名称。");
        if (a.IndustryCode is null)
        {
            errors[nameof(FilingInput.IndustryCode)] = "请选择所属行业。";
        }
        else if (IndustryDictionary.Find(a.IndustryCode) is null)
        {
            errors[nameof(FilingInput.IndustryCode)] = "所属行业须从行业字典（GB/T 4754-2017）中选择。";
        }

        // 提示(2): 所在区域选择须与注册地址一致.
        if (a.DistrictCode is null)
        {
            errors[nameof(FilingInput.DistrictCode)] = "请选择所在区域。";
        }
        else if (a.DistrictCode != context.LicenceDistrictCode)
        {
            errors[nameof(FilingInput.DistrictCode)] = $"所在区域须与注册地址一致：注册地址位于{context.LicenceDistrictName}。";
        }

        if (a.StreetCode is null)
        {
            errors[nameof(FilingInput.StreetCode)] = "请选择所在街道（乡镇）。";
        }
        else if (StreetDictionary.Find(a.StreetCode) is not { } street || street.DistrictCode != a.DistrictCode)
        {
            errors[nameof(FilingInput.StreetCode)] = "所选街道（乡镇）不属于所选区域，请重新选择。";
        }

        if (a.Category is null)
        {
            errors[nameof(FilingInput.Category)] = "请选择类别。";
        }

        // 3. 法人/负责人信息
        Require(errors, a.LegalRepName, nameof(FilingInput.LegalRepName), "请输入法人/负责人姓名。");
        if (a.LegalRepIdType is not { } idType)
        {
            errors[nameof(FilingInput.LegalRepIdType)] = "请选择法人/负责人的证件类型。";
        }
        else if (string.IsNullOrEmpty(secrets.IdNumber))
        {
            errors[nameof(FilingInput.LegalRepIdNumber)] = "请输入法人/负责人的证件号码。";
        }
        else if (IdDocumentTypes.Validate(idType, secrets.IdNumber, context.Today) is { } idError)
        {
            errors[nameof(FilingInput.LegalRepIdNumber)] = idError;
        }

        if (string.IsNullOrEmpty(secrets.Phone))
        {
            errors[nameof(FilingInput.LegalRepPhone)] = "请输入法人/负责人的手机号。";
        }
        else if (!MobilePhone.TryNormalize(secrets.Phone, out _))
        {
            errors[nameof(FilingInput.LegalRepPhone)] = MobilePhone.InvalidMessage;
        }

        // 5. 经营场所信息: a rented place needs its lease term.
        Require(errors, a.PremisesAddress, nameof(FilingInput.PremisesAddress), "请输入实际经营场所。");
        if (a.PremisesOwnership is null)
        {
            errors[nameof(FilingInput.PremisesOwnership)] = "请选择房屋归属。";
        }
        else if (a.PremisesOwnership == PremisesOwnership.Rented)
        {
            CheckLease(a, context.Today, errors);
        }

        // 6. 发卡信息
        Require(errors, a.ProductName, nameof(FilingInput.ProductName), "请输入发行单用途卡的商品或服务名称。");
        if (context.CardKindsAsked && a.CardKinds == CardKinds.None)
        {
            errors[nameof(FilingInput.NamedCards)] = "请至少选择一种发卡类型（记名卡或不记名卡）。";
        }

        if (a.CardsIssued is null)
        {
            errors[nameof(FilingInput.CardsIssued)] = "请输入累计发行张数。";
        }

        if (a.PrepaidBalanceFen is null)
        {
            errors[nameof(FilingInput.PrepaidBalanceWan)] = "请输入截至上季度末的预收资金余额。";
        }
        else if (a.PrepaidBalanceFen > 0 && a.CardsIssued == 0)
        {
            errors[nameof(FilingInput.CardsIssued)] = "累计发行张数为0时预收资金余额应为0，请核对。";
        }

        // 7. 专用存管账户: a corporate account of the operator at a bank in the city (问 3).
        CheckCustody(custody, secrets.AccountNumber, errors);

        return errors;
    }

    private static void CheckLease(FilingApplication a, DateOnly today, Dictionary<string, string> errors)
    {
        if (a.LeaseFrom is null || a.LeaseTo is null)
        {
            errors[nameof(FilingInput.LeaseTo)] = "房屋归属为租赁时，请填写租赁期限的开始和结束日期。";
        }
        else if (a.LeaseTo <= a.LeaseFrom)
        {
            errors[nameof(FilingInput.LeaseTo)] = "租赁期限的结束日期须晚于开始日期。";
        }
        else if (a.LeaseTo < today)
        {
            errors[nameof(FilingInput.LeaseTo)] = "租赁期限已届满，请填写有效的租赁期限。";
        }
    }

    private static void CheckCustody(CustodyAccountView custody, string? accountNumber, Dictionary<string, string> errors)
    {
        if (custody.BankCode is null)
        {
            errors[nameof(FilingInput.CustodyBankCode)] = "请选择开户银行。";
        }
        else if (CustodyBanks.Find(custody.BankCode) is null)
        {
            errors[nameof(FilingInput.CustodyBankCode)] = "开户银行须从银行列表中选择。";
        }

        Require(errors, custody.BranchName, nameof(FilingInput.CustodyBranchName), "请输入开户支行名称。");
        // 开户支行 is chosen within 北京市 (the manual's region button); the bank list carries no branch dictionary, so the
        // typed name is held to saying so: a bank's Beijing branches all name the city in their full name.
        if (custody.BranchName is { Length: > 0 } branch && !branch.Contains("北京", StringComparison.Ordinal))
        {
            errors[nameof(FilingInput.CustodyBranchName)] = BranchOutsideBeijingMessage;
        }
        if (string.IsNullOrEmpty(accountNumber))
        {
            errors[nameof(FilingInput.CustodyAccountNumber)] = "请输入专用存管账户的银行账号。";
        }
        else if (!AccountNumberRegex().IsMatch(accountNumber))
        {
            errors[nameof(FilingInput.CustodyAccountNumber)] = "银行账号须为8至30位数字。";
        }
    }

    private static void Require(Dictionary<string, string> errors, string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = message;
        }
    }

    internal const string BranchOutsideBeijingMessage = "开户支行须为北京市内的银行网点：请填写含“北京”的支行全称，如“××银行北京××支行”。";

    [GeneratedRegex(@"^\d{8,30}$")]
    private static partial Regex AccountNumberRegex();

    /// <summary>
    /// 第1步 · 6. 发卡信息 / 7. 专用存管账户 / 8. 其他信息: 兑付场所信息, 预付卡合同, 存管账户证明文件 and 承诺书 are
    /// required; 分公司信息 too when the category is 合并分公司备案 (提示(3)); 其它材料 is optional.
    /// </summary>
    public static void CheckAttachments(FilingApplication a, IReadOnlySet<AttachmentKind> attached, Dictionary<string, string> errors)
    {
        void Need(AttachmentKind kind, string message)
        {
            if (!attached.Contains(kind))
            {
                errors[FilingUploads.FieldOf(kind)] = message;
            }
        }

        Need(AttachmentKind.RedemptionSites, "请下载模板填写兑付场所信息后上传（Excel格式）。");
        if (a.Category == FilingCategory.MergedBranches)
        {
            Need(AttachmentKind.Branches, "合并分公司备案须下载模板填写分公司信息后上传（Excel格式）。");
        }

        Need(AttachmentKind.Contract, "请参考《示范合同》模版填写盖章后上传预付卡合同（PDF格式）。");
        Need(AttachmentKind.CustodyProof, "请上传PDF格式银行证明文件。");
        Need(AttachmentKind.CommitmentLetter, "请上传签字并加盖公章的承诺书（PDF格式）。");
    }
}

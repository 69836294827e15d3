using System.Globalization;
using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Filing.Domain;

namespace PrepaidPlatform.Filing.Application;

/// <summary>The typed values of a posted form (第2步 · 保存草稿): text trimmed, numbers and dates parsed, lengths held.</summary>
internal sealed record FilingDraft(
    string? ShopName, string? IndustryCode, string? DistrictCode, string? StreetCode, FilingCategory? Category,
    string? LegalRepName, IdDocumentType? LegalRepIdType, string? LegalRepIdNumber, string? LegalRepPhone,
    string? PremisesAddress, PremisesOwnership? PremisesOwnership, DateOnly? LeaseFrom, DateOnly? LeaseTo,
    string? ProductName, CardKinds CardKinds, long? CardsIssued, long? PrepaidBalanceFen,
    string? CustodyBankCode, string? CustodyBranchName, string? CustodyAccountNumber,
    string? Remarks);

/// <summary>
/// Drafts save at any time (第2步 · 1.), so this checks only what a column cannot hold: lengths, and numbers or dates
/// that are not numbers or dates. Everything else waits for <see cref="FilingRules"/> at submit.
/// </summary>
internal static class FilingDraftParser
{
    public const int ShopNameMax = 50;
    public const int NameMax = 64;
    public const int IdNumberMax = 20;
    public const int AddressMax = 200;
    public const int ProductNameMax = 99;   // 发卡信息: 0/99
    public const int BranchNameMax = 64;
    public const int AccountNumberMax = 30;
    public const int RemarksMax = 99;       // 其他信息 · 备注信息: 0/99

    /// <summary>1 万元 = 1 000 000 分; the balance is typed in 万元 (截至上季度末).</summary>
    public const long FenPerWan = 1_000_000;

    /// <summary>Far above any operator's balance and inside <see cref="long"/> in 分.</summary>
    private const decimal MaxBalanceWan = 100_000_000m;

    public static (FilingDraft Draft, Dictionary<string, string> Errors) Parse(FilingInput input)
    {
        var errors = new Dictionary<string, string>();
        var draft = new FilingDraft(
            Text(input.ShopName, nameof(input.ShopName), "店铺/品牌名称", ShopNameMax, errors),
            Text(input.IndustryCode, nameof(input.IndustryCode), "所属行业", 8, errors),
            Text(input.DistrictCode, nameof(input.DistrictCode), "所在区域", 8, errors),
            Text(input.StreetCode, nameof(input.StreetCode), "所在街道（乡镇）", 12, errors),
            Choice<FilingCategory>(input.Category, nameof(input.Category), "类别", errors),
            Text(input.LegalRepName, nameof(input.LegalRepName), "法人/负责人姓名", NameMax, errors),
            Choice<IdDocumentType>(input.LegalRepIdType, nameof(input.LegalRepIdType), "证件类型", errors),
            Text(input.LegalRepIdNumber, nameof(input.LegalRepIdNumber), "证件号码", IdNumberMax, errors)?.ToUpperInvariant(),
            Text(input.LegalRepPhone, nameof(input.LegalRepPhone), "手机号", 20, errors),
            Text(input.PremisesAddress, nameof(input.PremisesAddress), "实际经营场所", AddressMax, errors),
            Choice<PremisesOwnership>(input.PremisesOwnership, nameof(input.PremisesOwnership), "房屋归属", errors),
            Date(input.LeaseFrom, nameof(input.LeaseFrom), "租赁期限的开始日期", errors),
            Date(input.LeaseTo, nameof(input.LeaseTo), "租赁期限的结束日期", errors),
            Text(input.ProductName, nameof(input.ProductName), "发行单用途卡的商品或服务名称", ProductNameMax, errors),
            (input.NamedCards ? CardKinds.Named : CardKinds.None) | (input.BearerCards ? CardKinds.Bearer : CardKinds.None),
            Count(input.CardsIssued, nameof(input.CardsIssued), errors),
            Balance(input.PrepaidBalanceWan, nameof(input.PrepaidBalanceWan), errors),
            Text(input.CustodyBankCode, nameof(input.CustodyBankCode), "开户银行", 8, errors),
            Text(input.CustodyBranchName, nameof(input.CustodyBranchName), "开户支行", BranchNameMax, errors),
            Text(input.CustodyAccountNumber, nameof(input.CustodyAccountNumber), "银行账号", AccountNumberMax, errors)?.Replace(" ", string.Empty, StringComparison.Ordinal),
            Text(input.Remarks, nameof(input.Remarks), "备注信息", RemarksMax, errors));
        return (draft, errors);
    }

    /// <summary>万元 as typed → exact 分: decimal, never double; at most 6 decimals of 万元 is exactly whole 分.</summary>
    public static bool TryParseWan(string value, out long fen)
    {
        fen = 0;
        if (decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var wan)
            && wan <= MaxBalanceWan && decimal.Round(wan, 6) == wan)
        {
            fen = (long)(wan * FenPerWan);
            return true;
        }

        return false;
    }

    /// <summary>万元 as shown back in the form: exact, without trailing zeros.</summary>
    public static string? FormatWan(long? fen) =>
        fen is { } value ? (value / (decimal)FenPerWan).ToString("0.######", CultureInfo.InvariantCulture) : null;

    private static string? Text(string? value, string field, string label, int max, Dictionary<string, string> errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > max)
        {
            errors[field] = $"{label}不能超过{max}个字。";
        }

        return trimmed;
    }

    private static T? Choice<T>(string? value, string field, string label, Dictionary<string, string> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // Names only: a number would pass Enum.TryParse even when it names nothing.
        if (Enum.TryParse<T>(value.Trim(), out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        errors[field] = $"请从列表中选择{label}。";
        return null;
    }

    private static DateOnly? Date(string? value, string field, string label, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = $"{label}格式不正确，请按“年-月-日”选择日期。";
        return null;
    }

    private static long? Count(string? value, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 999_999_999_999)
        {
            return count;
        }

        errors[field] = "累计发行张数须为不小于0的整数（单位：张）。";
        return null;
    }

    private static long? Balance(string? value, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (TryParseWan(value, out var fen))
        {
            return fen;
        }

        errors[field] = "预收资金余额须为不小于0的数字，单位万元，最多6位小数（精确到分）。";
        return null;
    }
}

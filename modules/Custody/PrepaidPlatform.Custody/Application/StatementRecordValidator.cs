using System.Globalization;
using System.Text.RegularExpressions;
using PrepaidPlatform.Custody.Domain;

namespace PrepaidPlatform.Custody.Application;

/// <summary>
/// One 存管账单 record as a bank wrote it (API body or import row), every field still text. <paramref name="ChannelRefusal"/>
/// is a problem the channel itself found before the text could be trusted (an import's account number that Excel stored as a
/// number and cut short): the record is refused with it.
/// </summary>
internal sealed record StatementRecordInput(
    string? AccountNumber, string? AsOf, string? Balance, string? CustodyAmount, string? AvailableAmount, string? Status, string? Remark, string? Reference,
    string? ChannelRefusal = null);

/// <summary>A record that passed <see cref="StatementRecordValidator"/>: amounts in 分, time in UTC, account as digits.</summary>
internal sealed record ValidStatementRecord(
    string AccountDigits, string Reference, DateTime AsOfUtc, long BalanceFen, long CustodyFen, long AvailableFen, CustodyAccountStatus Status, string? Remark);

/// <summary>
/// The checks a 存管账单 record must pass on its own, whatever channel it came through (the bank API and the city's
/// import use this one class, so a record refused by one is refused by the other with the same reason). The account's
/// existence and bank are checked by the caller against the database; everything here needs no database.
/// </summary>
internal static partial class StatementRecordValidator
{
    public const int ReferenceMax = 64;
    public const int RemarkMax = 200;

    /// <summary>A bank's clock may run a little ahead of ours; beyond this an as-of time is a future date.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>99,999,999,999.99 元: far above any real account, and well inside a long of 分.</summary>
    private const decimal MaxYuan = 99_999_999_999.99m;

    /// <summary>The same wording for an unknown account and one opened with another bank: a bank learns nothing of other banks' customers.</summary>
    public const string UnknownAccount = "账号不是在本行开立的已备案专用存管账户。";

    public static string? CheckReference(string? reference) => reference?.Trim() switch
    {
        null or "" => "缺少银行业务编号（reference）。",
        { Length: > ReferenceMax } => $"银行业务编号不得超过 {ReferenceMax} 个字符。",
        _ => null,
    };

    /// <summary>The record in domain terms, or the Chinese reason it is refused (the first problem found).</summary>
    public static (ValidStatementRecord? Record, string? Refusal) Validate(StatementRecordInput input, DateTimeOffset nowUtc)
    {
        if (CheckReference(input.Reference) is { } referenceError)
        {
            return (null, referenceError);
        }

        if (input.ChannelRefusal is { } channelRefusal)
        {
            return (null, channelRefusal);
        }

        var digits = input.AccountNumber?.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrEmpty(digits))
        {
            return (null, "缺少银行账号。");
        }

        if (!AccountDigits().IsMatch(digits))
        {
            return (null, "银行账号须为8至30位数字。");
        }

        if (!TryParseAsOf(input.AsOf, out var asOf))
        {
            return (null, "查询时间须为带时区的 ISO 8601 时间，例如 2026-12-05T18:00:00+08:00。");
        }

        if (asOf > nowUtc + ClockSkew)
        {
            return (null, "查询时间晚于当前时间。");
        }

        var (balance, balanceError) = Amount(input.Balance, "账户余额");
        var (custody, custodyError) = Amount(input.CustodyAmount, "存管金额");
        var (available, availableError) = Amount(input.AvailableAmount, "可用金额");
        if ((balanceError ?? custodyError ?? availableError) is { } amountError)
        {
            return (null, amountError);
        }

        // 存管账单: the manual's row reads 余额 345,100 = 存管 119,900 + 可用 225,100; custody and available are two parts of the
        // balance, so only their sum is bounded by it (custody alone may well be less than the balance).
        if (custody + available > balance)
        {
            return (null, "存管金额与可用金额之和大于账户余额。");
        }

        var status = ParseStatus(input.Status);
        if (status is null)
        {
            return (null, "账户状态须为“已监管”或“信息异常”（或 SUPERVISED / ABNORMAL）。");
        }

        var remark = string.IsNullOrWhiteSpace(input.Remark) ? null : input.Remark.Trim();
        if (remark is { Length: > RemarkMax })
        {
            return (null, $"说明不得超过 {RemarkMax} 个字。");
        }

        if (status == CustodyAccountStatus.Abnormal && remark is null)
        {
            return (null, "账户状态为信息异常时须填写说明。");
        }

        return (new ValidStatementRecord(digits, input.Reference!.Trim(), asOf.UtcDateTime, balance, custody, available, status.Value, remark), null);
    }

    public static CustodyAccountStatus? ParseStatus(string? text) => text?.Trim() switch
    {
        "已监管" or "SUPERVISED" or "supervised" => CustodyAccountStatus.Supervised,
        "信息异常" or "ABNORMAL" or "abnormal" => CustodyAccountStatus.Abnormal,
        _ => null,
    };

    /// <summary>An ISO 8601 time with its offset (Z or ±hh:mm): a time without one would be read in some unknown zone.</summary>
    public static bool TryParseAsOf(string? text, out DateTimeOffset value)
    {
        value = default;
        return text is not null && IsoWithOffset().IsMatch(text.Trim())
            && DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>元 with at most two decimals, converted to 分 exactly (decimal, never double).</summary>
    private static (long Fen, string? Error) Amount(string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (0, $"缺少{label}。");
        }

        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan))
        {
            return (0, $"{label}不是数字。");
        }

        if (yuan < 0)
        {
            return (0, $"{label}不得为负数。");
        }

        if (yuan.Scale > 2 && decimal.Round(yuan, 2) != yuan)
        {
            return (0, $"{label}最多两位小数（单位：元）。");
        }

        return yuan > MaxYuan ? (0, $"{label}超出合理范围。") : ((long)(yuan * 100), null);
    }

    [GeneratedRegex("^[0-9]{8,30}$")]
    private static partial Regex AccountDigits();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoWithOffset();
}

using System.Globalization;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application.Feed;

/// <summary>One record of a card system's batch as sent, every field still text (amounts and counts as their raw JSON text).</summary>
internal sealed record FeedRecordInput(string? Uscc, string? Date, string? PrepaidTotal, string? Balance, string? CardsIssued, string? CardsWithBalance, string? Reference);

/// <summary>A record that passed <see cref="FeedRecordValidator"/>: the USCC upper case, amounts in 分.</summary>
internal sealed record ValidFeedRecord(string Uscc, DateOnly Day, string Reference, CardFeedFigures Figures);

/// <summary>
/// The checks a T+1 record must pass on its own (no database): reference, USCC, a day that has ended, exact amounts, and
/// figures consistent with each other. The operator's filing and the duplicates are checked by the caller.
/// </summary>
internal static class FeedRecordValidator
{
    public const int ReferenceMax = 64;

    public static string? CheckReference(string? reference) => reference?.Trim() switch
    {
        null or "" => "缺少业务编号（reference）。",
        { Length: > ReferenceMax } => $"业务编号不得超过 {ReferenceMax} 个字符。",
        _ => null,
    };

    /// <summary>The record in domain terms, or the Chinese reason it is refused (the first problem found).</summary>
    /// <param name="today">Today in Beijing: the figures of a day are sent once it has ended (T+1).</param>
    public static (ValidFeedRecord? Record, string? Refusal) Validate(FeedRecordInput input, DateOnly today)
    {
        if (CheckReference(input.Reference) is { } referenceError)
        {
            return (null, referenceError);
        }

        var uscc = input.Uscc?.Trim().ToUpperInvariant() ?? string.Empty;
        if (UnifiedSocialCreditCode.Validate(uscc) is { } usccError)
        {
            return (null, "经营者统一社会信用代码有误：" + usccError);
        }

        if (!DateOnly.TryParseExact(input.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (null, "数据日期须为 yyyy-MM-dd 格式的日期，例如 2026-03-31。");
        }

        if (day >= today)
        {
            return (null, $"数据日期 {day:yyyy-MM-dd} 尚未结束：T+1 报送，次日起方可报送当日数据。");
        }

        var prepaid = Amount(input.PrepaidTotal, "预收资金");
        var balance = Amount(input.Balance, "预收资金余额");
        var issued = Count(input.CardsIssued, "累计发卡数量");
        var withBalance = Count(input.CardsWithBalance, "余额卡总数");
        if ((prepaid.Error ?? balance.Error ?? issued.Error ?? withBalance.Error) is { } error)
        {
            return (null, error);
        }

        if (balance.Fen > prepaid.Fen)
        {
            return (null, "预收资金余额不得大于预收资金（累计售卡金额）。");
        }

        if (withBalance.Value > issued.Value)
        {
            return (null, "余额卡总数不得大于累计发卡数量。");
        }

        return (new ValidFeedRecord(uscc, day, input.Reference!.Trim(), new CardFeedFigures(prepaid.Fen, balance.Fen, issued.Value, withBalance.Value)), null);
    }

    /// <summary>元 with at most two decimals, not negative, converted to 分 exactly (decimal, never double).</summary>
    private static (long Fen, string? Error) Amount(string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (0, $"缺少{label}。");
        }

        return ReportForm.ParseYuan(text) is { } fen ? (fen, null) : (0, $"{label}须为不小于 0 的金额，单位元，最多两位小数。");
    }

    private static (int Value, string? Error) Count(string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (0, $"缺少{label}。");
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? (value, null) : (0, $"{label}须为不小于 0 的整数。");
    }
}

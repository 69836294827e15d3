namespace PrepaidPlatform.CreditRisk;

/// <summary>
/// 信用公示 (上海方案 §三(一), issue 18 · 1): the public lists of prepaid-card operators — 经营异常名录, 严重失信主体,
/// 行政处罚 — and one operator's entries on them. Records in force only; public facts only (type, issuing authority,
/// dates), never a record's reference, summary or attachment. City-wide: the implementation reads every district.
/// </summary>
public interface ICreditPublicity
{
    /// <summary>One page of a list, newest record first; <paramref name="page"/> counts from 1.</summary>
    Task<PublicCreditPage> ListAsync(PublicCreditList list, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>The operator's records in force on any of the lists, newest first.</summary>
    Task<IReadOnlyList<PublicCreditEntry>> OperatorAsync(Guid operatorUserId, CancellationToken cancellationToken = default);
}

public enum PublicCreditList
{
    AbnormalOperation = 1,     // 经营异常名录
    SeriousDishonest = 2,      // 严重失信主体
    AdministrativePenalty = 3, // 行政处罚
}

/// <param name="Type">The record's type as the lists name it (经营异常名录, 严重失信主体, 行政处罚).</param>
/// <param name="Source">The authority that published it (市场监管局 …).</param>
/// <param name="EndsOn">The day it stops applying, when the source gave one.</param>
public sealed record PublicCreditEntry(Guid OperatorUserId, string OperatorName, string Uscc, PublicCreditList List, string Type, string Source, DateOnly OccurredOn, DateOnly? EndsOn);

public sealed record PublicCreditPage(IReadOnlyList<PublicCreditEntry> Items, int Total);

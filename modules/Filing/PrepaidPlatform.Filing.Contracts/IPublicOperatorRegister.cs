namespace PrepaidPlatform.Filing;

/// <summary>
/// The public register of filed operators (issue 18 · 1, 信用公示): what a consumer may read about any operator in any
/// district, for the portal. Public facts only — no ID number, phone, account, amount or free text an operator typed
/// (a 注销 reason may hold a phone number). City-wide by design: a consumer has no district, so the implementation
/// reads across tenants itself and the caller's scope does not matter.
/// </summary>
public interface IPublicOperatorRegister
{
    /// <summary>
    /// Filings (standing and deregistered) whose 企业名称 or 店铺/品牌名称 contains <paramref name="text"/>, or whose USCC or
    /// 备案编号 is it; every filing when the text is blank. Newest filing first; <paramref name="page"/> counts from 1.
    /// </summary>
    Task<PublicOperatorPage> SearchAsync(string? text, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>The filing with this 备案编号 and its 注销 notices; null when there is none.</summary>
    Task<PublicOperatorFiling?> FindAsync(string filingNumber, CancellationToken cancellationToken = default);

    /// <summary>The latest filing of each of these operator accounts (one query); an account without one is missing.</summary>
    Task<IReadOnlyDictionary<Guid, PublicOperatorSummary>> ByOperatorsAsync(IReadOnlyCollection<Guid> operatorUserIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// The 备案编号 of every filing (standing and deregistered) after <paramref name="after"/> in ordinal order, at most
    /// <paramref name="count"/>: the keys of a page that is built ahead of its readers.
    /// </summary>
    Task<IReadOnlyList<string>> NumbersAfterAsync(string? after, int count, CancellationToken cancellationToken = default);

    /// <summary>注销公示: deregistrations in their public notice or done, newest first.</summary>
    Task<PublicDeregistrationPage> DeregistrationsAsync(int page, int pageSize, CancellationToken cancellationToken = default);
}

/// <summary>How a filing stands for the public.</summary>
public enum PublicFilingStatus
{
    Filed = 1,       // 已备案
    Suspended = 2,   // 备案码暂停
    Deregistered = 3, // 已注销
}

/// <summary>One filing in a search or list.</summary>
/// <param name="ShopName">店铺/品牌名称; null when the filing has none.</param>
/// <param name="District">备案单位 (the district bureau), or the district's name.</param>
public sealed record PublicOperatorSummary(
    Guid OperatorUserId, string FilingNumber, string Name, string? ShopName, string Uscc, string District, string? IndustryName, DateOnly FiledOn, PublicFilingStatus Status);

public sealed record PublicOperatorPage(IReadOnlyList<PublicOperatorSummary> Items, int Total);

/// <summary>An operator's public filing.</summary>
/// <param name="SuspensionReason">Why the district suspended the code (a reviewer's public text); null unless suspended.</param>
/// <param name="BusinessAddress">经营场所 as filed.</param>
public sealed record PublicOperatorFiling(
    PublicOperatorSummary Summary, string? BusinessAddress, string? SuspensionReason, DateTime? DeregisteredAtUtc, IReadOnlyList<PublicDeregistrationNotice> Deregistrations);

/// <summary>
/// 注销公示 of one filing: the operator stopped issuing cards on <paramref name="IssuanceStoppedOn"/>, noticed the public
/// from <paramref name="NoticeFrom"/>; <paramref name="Done"/> once deregistered (<paramref name="DeregisteredAtUtc"/>),
/// else in the platform's notice until <paramref name="NoticeEndsOn"/>.
/// </summary>
public sealed record PublicDeregistrationNotice(
    string FilingNumber, string Name, string? ShopName, string District, DateOnly IssuanceStoppedOn, DateOnly NoticeFrom, DateOnly? NoticeEndsOn, bool Done, DateTime? DeregisteredAtUtc);

public sealed record PublicDeregistrationPage(IReadOnlyList<PublicDeregistrationNotice> Items, int Total);

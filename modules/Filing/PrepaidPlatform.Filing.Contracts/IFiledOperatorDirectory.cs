namespace PrepaidPlatform.Filing;

/// <summary>
/// The operators with a standing filing (已备案), with the facts other modules group and find them by: Reporting's
/// 季度汇总 (per industry and street) and the card systems' feed (by USCC). Set-based: one query for the whole scope, never
/// one per operator. The caller's district scope applies (the tenant filter): a district sees its own operators, code
/// that disabled the filter (the city, a machine API) sees every district's.
/// </summary>
public interface IFiledOperatorDirectory
{
    /// <summary>Every operator with a standing filing in scope.</summary>
    Task<IReadOnlyList<FiledOperatorEntry>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The operators with a standing filing among these USCCs (those without one are left out).</summary>
    Task<IReadOnlyList<FiledOperatorEntry>> FindByUsccAsync(IReadOnlyCollection<string> usccs, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same operators as <see cref="FindByUsccAsync"/>, only their account and district: the filings alone are read
    /// (no names, industry or street), for a machine API's batch of thousands (the card systems' T+1 feed). The default
    /// takes them from <see cref="FindByUsccAsync"/>.
    /// </summary>
    async Task<IReadOnlyList<FiledOperatorKey>> FindKeysByUsccAsync(IReadOnlyCollection<string> usccs, CancellationToken cancellationToken = default) =>
        [.. (await FindByUsccAsync(usccs, cancellationToken)).Select(o => new FiledOperatorKey(o.OperatorUserId, o.TenantId, o.Uscc))];
}

/// <summary>An operator on file by its USCC: its account and district.</summary>
public sealed record FiledOperatorKey(Guid OperatorUserId, Guid TenantId, string Uscc);

/// <summary>An operator on file: its account, district, 企业名称 and the filing's 所属行业 and 所在街道 (codes and names).</summary>
/// <param name="Name">企业名称 from the verified licence; the 门店名称 of the filing when no licence is on file.</param>
/// <param name="FiledOn">备案日期 of the standing filing (the Beijing day of the first approval).</param>
/// <param name="IndustryName">所属行业 as the receipt shows it (餐饮业-正餐服务); null when the code is unknown.</param>
public sealed record FiledOperatorEntry(
    Guid OperatorUserId, Guid TenantId, string Uscc, string Name, DateOnly FiledOn, string? IndustryCode, string? IndustryName, string? StreetCode, string? StreetName);

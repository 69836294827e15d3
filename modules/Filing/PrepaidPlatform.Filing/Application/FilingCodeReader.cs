using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Caching;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Filing.Application;

/// <summary>One of the five risk indicators of the filing code (预付经营风险 …), counted by CreditRisk from the operator's records.</summary>
internal sealed record RiskIndicator(string Name, int Count);

/// <summary>
/// What the public filing-code page shows (F5, manual 备案码): only what is public anyway — no phone, ID or account.
/// <paramref name="TermText"/> is 经营期限 as in the manual ("2020年01月01日 ~ 长期").
/// </summary>
internal sealed record FilingCodeView(
    Guid FilingId,
    string FilingNumber,
    string ShopName,
    string OperatorName,
    string LegalPersonName,
    string TermText,
    string Uscc,
    string Address,
    string BusinessAddress,
    string IndustryName,
    string DistrictBureau,
    DateOnly FiledOn,
    bool Suspended,
    string? SuspensionReason,
    bool Deregistered,
    IReadOnlyList<RiskIndicator> Risks,
    string RiskColour,
    IReadOnlyList<CreditRisk.PublicIntelligence> Intelligence)
{
    /// <summary>The badge of the operator's code on the card.</summary>
    [JsonIgnore]
    public string RiskBadge => RiskColour switch
    {
        "黄码" => "text-bg-warning",
        "红码" => "text-bg-danger",
        "黑码" => "text-bg-dark",
        _ => "text-bg-success",
    };
}

/// <summary>
/// Reads a filing for its code page and receipt. The public page looks a filing up by its number city-wide (a consumer
/// has no district); everything else asks through the tenant filter (<see cref="MineAsync"/>, <see cref="ByIdAsync"/>).
/// </summary>
internal sealed class FilingCodeReader(PlatformDbContext db, IDataFilter dataFilter, ITenantDirectory tenants, ICurrentUser currentUser, ICreditRiskProfile risk,
    FilingCodeCache cache, PublicViewStore views)
{
    /// <summary>The page's kind of <see cref="PublicView"/>.</summary>
    public const string ViewKind = "filing-code";

    /// <summary>
    /// The public view of a filing by its number in any district; null when no such filing exists. From
    /// <see cref="FilingCodeCache"/> (a viral code), else the stored view (<see cref="PublicViewStore"/>: one command when
    /// current), else the live reads, stored for the next scan. The load runs without the caller's cancellation, other
    /// scans may wait on it.
    /// </summary>
    public Task<FilingCodeView?> PublicByNumberAsync(string filingNumber, CancellationToken cancellationToken) =>
        cache.GetAsync(filingNumber, () => LoadPublicAsync(filingNumber));

    private Task<FilingCodeView?> LoadPublicAsync(string filingNumber) =>
        views.GetAsync(ViewKind, filingNumber, () => LiveAsync(filingNumber, CancellationToken.None), FilingViewJson.Stored.FilingCodeView, CancellationToken.None);

    /// <summary>The page's view from the filing, its application, licence, district and public risk profile, city-wide.</summary>
    public async Task<(Guid OperatorUserId, FilingCodeView View)?> LiveAsync(string filingNumber, CancellationToken cancellationToken)
    {
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var row = await PublicRow(db, filingNumber, cancellationToken);
        return row is null ? null : (row.OperatorUserId, await ViewAsync(row, cancellationToken));
    }

    /// <summary>
    /// One round trip for the filing, its application and its licence, and only the columns the card shows: every scan
    /// of a poster lands here. Compiled once: EF's per-query work (parameter extraction and the query cache's lookup of
    /// the expression tree) was a visible share of the page's CPU (issue 14).
    /// </summary>
    private static readonly Func<PlatformDbContext, string, CancellationToken, Task<CodeRow?>> PublicRow = EF.CompileAsyncQuery(
        (PlatformDbContext db, string filingNumber, CancellationToken _) => (
                from f in db.Set<OperatorFiling>().AsNoTracking()
                where f.FilingNumber == filingNumber
                join a in db.Set<FilingApplication>().AsNoTracking() on f.ApplicationId equals a.Id
                from l in db.Set<OperatorLicence>().AsNoTracking().Where(l => l.Uscc == f.Uscc).DefaultIfEmpty()
                select new CodeRow(
                    f.Id, f.FilingNumber, f.Uscc, f.TenantId, f.OperatorUserId, f.FiledOn, f.CodeSuspended, f.CodeSuspensionReason, f.Status,
                    a.ShopName, a.LegalRepName, a.PremisesAddress, a.IndustryCode,
                    l == null ? null : l.Name, l == null ? null : l.LegalRepresentative, l == null ? null : l.RegisteredAddress,
                    l == null ? null : (DateOnly?)l.TermFrom, l == null ? null : l.TermTo))
            .FirstOrDefault());

    /// <summary>What the card shows of a filing, its application and its licence (the licence's fields null without one).</summary>
    private sealed record CodeRow(
        Guid Id, string FilingNumber, string Uscc, Guid? TenantId, Guid OperatorUserId, DateOnly FiledOn, bool CodeSuspended, string? CodeSuspensionReason,
        OperatorFilingStatus Status, string? ShopName, string? LegalRepName, string? PremisesAddress, string? IndustryCode,
        string? LicenceName, string? LegalRepresentative, string? RegisteredAddress, DateOnly? TermFrom, DateOnly? TermTo);

    /// <summary>The signed-in operator's latest filing (own district, own account); null before the first approval.</summary>
    public async Task<FilingCodeView?> MineAsync(CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } operatorUserId)
        {
            return null;
        }

        var row = await FirstAsync(db.Set<OperatorFiling>().Where(f => f.OperatorUserId == operatorUserId).OrderByDescending(f => f.FiledAtUtc), cancellationToken);
        return row is null ? null : await ViewAsync(row, cancellationToken);
    }

    /// <summary>A filing of the current district.</summary>
    public async Task<FilingCodeView?> ByIdAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await FirstAsync(db.Set<OperatorFiling>().Where(f => f.Id == id), cancellationToken);
        return row is null ? null : await ViewAsync(row, cancellationToken);
    }

    // The filing through the filter as the caller set it; its application and licence belong to the filing's district,
    // which the caller may read, and are read as the public page reads them, by the filing's unique number.
    private async Task<CodeRow?> FirstAsync(IQueryable<OperatorFiling> filings, CancellationToken cancellationToken)
    {
        var number = await filings.AsNoTracking().Select(f => f.FilingNumber).FirstOrDefaultAsync(cancellationToken);
        if (number is null)
        {
            return null;
        }

        using var sameDistrict = dataFilter.Disable<IMultiTenant>();
        return await PublicRow(db, number, cancellationToken);
    }

    private async Task<FilingCodeView> ViewAsync(CodeRow row, CancellationToken cancellationToken)
    {
        var bureau = row.TenantId is { } tenantId ? await tenants.BureauNameAsync(tenantId, cancellationToken) : null;
        // CreditRisk counts the records and keeps the code: the card shows its public profile only.
        var profile = await risk.PublicAsync(row.OperatorUserId, cancellationToken);
        var term = row.TermFrom is not { } from ? "-" : $"{from:yyyy年MM月dd日} ~ {(row.TermTo is { } to ? to.ToString("yyyy年MM月dd日", System.Globalization.CultureInfo.InvariantCulture) : "长期")}";
        return new FilingCodeView(
            row.Id,
            row.FilingNumber,
            row.ShopName ?? row.LicenceName ?? row.Uscc,
            row.LicenceName ?? row.Uscc,
            row.LegalRepName ?? row.LegalRepresentative ?? "-",
            term,
            row.Uscc,
            row.RegisteredAddress ?? "-",
            row.PremisesAddress ?? row.RegisteredAddress ?? "-",
            IndustryDictionary.Find(row.IndustryCode)?.DisplayName ?? "-",
            bureau ?? "-",
            row.FiledOn,
            row.CodeSuspended,
            row.CodeSuspensionReason,
            row.Status == OperatorFilingStatus.Deregistered,
            profile.Indicators.Select(i => new RiskIndicator(i.Name, i.Count)).ToList(),
            profile.Colour,
            profile.Intelligence);
    }
}

/// <summary>The stored form of <see cref="FilingCodeView"/> (<see cref="PublicView.Payload"/>), without reflection.</summary>
[JsonSerializable(typeof(FilingCodeView))]
internal sealed partial class FilingViewJson : JsonSerializerContext
{
    public static FilingViewJson Stored { get; } = new(PublicViewStore.PayloadOptions());
}

using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Filing.Domain;
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
internal sealed class FilingCodeReader(PlatformDbContext db, IDataFilter dataFilter, ITenantDirectory tenants, ICurrentUser currentUser, ICreditRiskProfile risk)
{
    /// <summary>The public view of a filing by its number in any district; null when no such filing exists.</summary>
    public async Task<FilingCodeView?> PublicByNumberAsync(string filingNumber, CancellationToken cancellationToken)
    {
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        // The page's reads share one pooled connection: opened per query, each took a connection reset, a round trip
        // of its own, and the reset was the largest part of the page's database time in a CPU profile (issue 14).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await PublicByNumberOpenAsync(filingNumber, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<FilingCodeView?> PublicByNumberOpenAsync(string filingNumber, CancellationToken cancellationToken)
    {
        // One round trip for the filing, its application and its licence: every scan of a poster lands here, and three
        // reads one after another made the page a sixth of a raw read's throughput (benchmarks, issue 14).
        var found = await (
                from f in db.Set<OperatorFiling>().AsNoTracking()
                where f.FilingNumber == filingNumber
                join a in db.Set<FilingApplication>().AsNoTracking() on f.ApplicationId equals a.Id
                from l in db.Set<OperatorLicence>().AsNoTracking().Where(l => l.Uscc == f.Uscc).DefaultIfEmpty()
                select new { Filing = f, Application = a, Licence = l })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : await ViewAsync(found.Filing, found.Application, found.Licence, cancellationToken);
    }

    /// <summary>The signed-in operator's latest filing (own district, own account); null before the first approval.</summary>
    public async Task<FilingCodeView?> MineAsync(CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } operatorUserId)
        {
            return null;
        }

        var filing = await db.Set<OperatorFiling>().AsNoTracking().Where(f => f.OperatorUserId == operatorUserId)
            .OrderByDescending(f => f.FiledAtUtc).FirstOrDefaultAsync(cancellationToken);
        return filing is null ? null : await ViewAsync(filing, cancellationToken);
    }

    /// <summary>A filing of the current district.</summary>
    public async Task<FilingCodeView?> ByIdAsync(Guid id, CancellationToken cancellationToken)
    {
        var filing = await db.Set<OperatorFiling>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return filing is null ? null : await ViewAsync(filing, cancellationToken);
    }

    // Called with the filter as the caller set it: the rows belong to the filing's district, which the caller may read.
    private async Task<FilingCodeView> ViewAsync(OperatorFiling filing, CancellationToken cancellationToken)
    {
        using var sameDistrict = dataFilter.Disable<IMultiTenant>();
        var application = await db.Set<FilingApplication>().AsNoTracking().FirstAsync(a => a.Id == filing.ApplicationId, cancellationToken);
        var licence = await db.Set<OperatorLicence>().AsNoTracking().FirstOrDefaultAsync(l => l.Uscc == filing.Uscc, cancellationToken);
        return await ViewAsync(filing, application, licence, cancellationToken);
    }

    private async Task<FilingCodeView> ViewAsync(OperatorFiling filing, FilingApplication application, OperatorLicence? licence, CancellationToken cancellationToken)
    {
        var bureau = filing.TenantId is { } tenantId ? await tenants.BureauNameAsync(tenantId, cancellationToken) : null;
        // CreditRisk counts the records and keeps the code: the card shows its public profile only.
        var profile = await risk.PublicAsync(filing.OperatorUserId, cancellationToken);
        var term = licence is null ? "-" : $"{licence.TermFrom:yyyy年MM月dd日} ~ {(licence.TermTo is { } to ? to.ToString("yyyy年MM月dd日", System.Globalization.CultureInfo.InvariantCulture) : "长期")}";
        return new FilingCodeView(
            filing.Id,
            filing.FilingNumber,
            application.ShopName ?? licence?.Name ?? filing.Uscc,
            licence?.Name ?? filing.Uscc,
            application.LegalRepName ?? licence?.LegalRepresentative ?? "-",
            term,
            filing.Uscc,
            licence?.RegisteredAddress ?? "-",
            application.PremisesAddress ?? licence?.RegisteredAddress ?? "-",
            IndustryDictionary.Find(application.IndustryCode)?.DisplayName ?? "-",
            bureau ?? "-",
            filing.FiledOn,
            filing.CodeSuspended,
            filing.CodeSuspensionReason,
            filing.Status == OperatorFilingStatus.Deregistered,
            profile.Indicators.Select(i => new RiskIndicator(i.Name, i.Count)).ToList(),
            profile.Colour,
            profile.Intelligence);
    }
}

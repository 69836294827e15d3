using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Filing.Application;

/// <summary><see cref="IFiledOperatorDirectory"/>: standing filings joined to the application on file and the licence, in one query.</summary>
internal sealed class FiledOperatorDirectory(PlatformDbContext db) : IFiledOperatorDirectory
{
    private static readonly Dictionary<string, string> StreetNames = StreetDictionary.All.ToDictionary(s => s.Code, s => s.Name, StringComparer.Ordinal);

    public Task<IReadOnlyList<FiledOperatorEntry>> ListAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(db.Set<OperatorFiling>(), cancellationToken);

    public async Task<IReadOnlyList<FiledOperatorEntry>> FindByUsccAsync(IReadOnlyCollection<string> usccs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(usccs);
        return usccs.Count == 0 ? [] : await QueryAsync(db.Set<OperatorFiling>().Where(f => usccs.Contains(f.ActiveKey!)), cancellationToken);
    }

    public async Task<IReadOnlyList<FiledOperatorKey>> FindKeysByUsccAsync(IReadOnlyCollection<string> usccs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(usccs);
        if (usccs.Count == 0)
        {
            return [];
        }

        // The standing filing's own columns, by its unique ActiveKey: the application and the licence add nothing here.
        var rows = await db.Set<OperatorFiling>().AsNoTracking().Where(f => usccs.Contains(f.ActiveKey!) && f.Status == OperatorFilingStatus.Filed)
            .Select(f => new { f.OperatorUserId, f.TenantId, f.Uscc }).ToListAsync(cancellationToken);
        return rows.Select(r => new FiledOperatorKey(r.OperatorUserId, r.TenantId!.Value, r.Uscc)).ToList();
    }

    private async Task<IReadOnlyList<FiledOperatorEntry>> QueryAsync(IQueryable<OperatorFiling> filings, CancellationToken cancellationToken)
    {
        var rows = await (
            from f in filings.AsNoTracking().Where(f => f.Status == OperatorFilingStatus.Filed)
            join a in db.Set<FilingApplication>().AsNoTracking() on f.ApplicationId equals a.Id
            join l in db.Set<OperatorLicence>().AsNoTracking() on f.Uscc equals l.Uscc into licences
            from l in licences.DefaultIfEmpty()
            select new { f.OperatorUserId, f.TenantId, f.Uscc, f.FiledOn, LicenceName = l == null ? null : l.Name, a.ShopName, a.IndustryCode, a.StreetCode })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new FiledOperatorEntry(
            r.OperatorUserId, r.TenantId!.Value, r.Uscc, r.LicenceName ?? r.ShopName ?? r.Uscc, r.FiledOn,
            r.IndustryCode, IndustryDictionary.Find(r.IndustryCode)?.DisplayName, r.StreetCode, r.StreetCode is null ? null : StreetNames.GetValueOrDefault(r.StreetCode))).ToList();
    }
}

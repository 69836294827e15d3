using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// Keeps <see cref="FilingSearchEntry"/> with the names it is derived from, in the caller's unit of work: the rows are
/// staged on the context and saved with the change that renames them (approval, confirmed change, 更新证照), so a
/// refused or failed save leaves no stale or orphan row.
/// </summary>
internal sealed class FilingSearchEntries(PlatformDbContext db)
{
    /// <summary>Rows written per save by <see cref="BackfillAsync"/>.</summary>
    internal const int BackfillChunk = 1_000;

    /// <summary>审核通过: the new filing's row, with the licence's name and the approved application's 店铺名称.</summary>
    public void Add(OperatorFiling filing, string? licenceName, string? shopName) =>
        db.Add(FilingSearchEntry.Of(filing, licenceName, shopName));

    /// <summary>变更备案 confirmed: the row takes the change's 店铺名称 (added if it was missing).</summary>
    public async Task RenameAsync(OperatorFiling filing, string? licenceName, string? shopName, CancellationToken cancellationToken)
    {
        if (await db.Set<FilingSearchEntry>().FirstOrDefaultAsync(e => e.FilingId == filing.Id, cancellationToken) is { } entry)
        {
            entry.Rename(licenceName, shopName);
        }
        else
        {
            Add(filing, licenceName, shopName);
        }
    }

    /// <summary>更新证照 with another 企业名称: every filing of the USCC (a filing ended by 注销 and the one filed after it) is renamed.</summary>
    public async Task LicenceRenamedAsync(string uscc, string licenceName, CancellationToken cancellationToken)
    {
        var rows = await (
            from e in db.Set<FilingSearchEntry>()
            where e.Uscc == uscc
            join f in db.Set<OperatorFiling>().IgnoreQueryFilters() on e.FilingId equals f.Id
            join a in db.Set<FilingApplication>().IgnoreQueryFilters() on f.ApplicationId equals a.Id
            select new { Entry = e, a.ShopName }).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.Entry.Rename(licenceName, row.ShopName);
        }
    }

    /// <summary>
    /// At start-up: a row for every filing that has none (filings made before the table, or written past Filing's steps),
    /// in chunks of <see cref="BackfillChunk"/>; a second run finds nothing to add. Returns the rows added.
    /// </summary>
    public static async Task<int> BackfillAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PlatformDbContext>();
        var added = 0;
        while (true)
        {
            var missing = await (
                from f in db.Set<OperatorFiling>().IgnoreQueryFilters().AsNoTracking()
                where !db.Set<FilingSearchEntry>().Any(e => e.FilingId == f.Id)
                join a in db.Set<FilingApplication>().IgnoreQueryFilters().AsNoTracking() on f.ApplicationId equals a.Id
                from l in db.Set<OperatorLicence>().IgnoreQueryFilters().AsNoTracking().Where(l => l.Uscc == f.Uscc).DefaultIfEmpty()
                // Any order would do (the loop runs until none is missing); the key's keeps EF from warning at every start.
                orderby f.Id
                select new { f.Id, f.Uscc, f.FiledOn, f.FilingNumber, LicenceName = l == null ? null : l.Name, a.ShopName })
                .Take(BackfillChunk).ToListAsync(cancellationToken);
            if (missing.Count == 0)
            {
                return added;
            }

            var entries = missing.Select(m => new FilingSearchEntry(m.Id, m.Uscc, m.FiledOn, m.FilingNumber, m.LicenceName, m.ShopName)).ToList();
            db.AddRange(entries);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var entry in entries)
            {
                db.Entry(entry).State = EntityState.Detached;
            }

            added += entries.Count;
        }
    }
}

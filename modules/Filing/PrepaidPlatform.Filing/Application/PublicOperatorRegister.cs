using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// <see cref="IPublicOperatorRegister"/> over the filings, their applications and licences, city-wide. Each call is a
/// fixed number of queries, never one per operator: the portal's search is public and hit often. A search by name reads
/// its page's keys and count off <see cref="FilingSearchEntry"/>, then the page's filings by key.
/// </summary>
internal sealed partial class PublicOperatorRegister(PlatformDbContext db, IDataFilter dataFilter, ITenantDirectory tenants) : IPublicOperatorRegister
{
    private const int MaxPageSize = 100;

    public async Task<PublicOperatorPage> SearchAsync(string? text, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        // The search's queries share one pooled connection (a reset and a round trip once, not per query; FilingCodeReader).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await SearchOpenAsync(text, page, pageSize, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<PublicOperatorPage> SearchOpenAsync(string? text, int page, int pageSize, CancellationToken cancellationToken)
    {
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var term = text?.Trim();
        var (skip, take) = Window(page, pageSize);
        if (!string.IsNullOrEmpty(term))
        {
            // Numbers and codes are printed in upper case; a consumer may type them in lower case.
            var code = term.ToUpperInvariant();
            // A scanned or typed 备案编号 or USCC is looked up by its index alone: OR-ed with the names' LIKE it made
            // every exact search read all filings (3 s p95 with 100,000 operators, benchmarks, issue 18).
            if (FilingNumberShape().IsMatch(code) || UsccShape().IsMatch(code))
            {
                var rows = FilingNumberShape().IsMatch(code) ? Rows().Where(r => r.Filing.FilingNumber == code) : Rows().Where(r => r.Filing.Uscc == code);
                var total = await rows.CountAsync(cancellationToken);
                var found = await rows.OrderByDescending(r => r.Filing.FiledOn).ThenBy(r => r.Filing.FilingNumber).Skip(skip).Take(take).ToListAsync(cancellationToken);
                return await PageAsync(found, total, cancellationToken);
            }
        }

        // A name's fragment, or nothing (every filing): found in the narrow search table, then the page's filings by key.
        var folded = string.IsNullOrEmpty(term) ? null : FilingSearchEntry.Fold(term);
        if (folded is not null && folded.Contains(FilingSearchEntry.Separator, StringComparison.Ordinal))
        {
            return await PageAsync([], 0, cancellationToken);
        }

        var (ids, matched) = await MatchAsync(folded, skip, take, cancellationToken);
        var byId = ids.Count == 0 ? [] : await Rows().Where(r => ids.Contains(r.Filing.Id)).ToDictionaryAsync(r => r.Filing.Id, cancellationToken);
        return await PageAsync(ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList(), matched, cancellationToken);
    }

    public async Task<PublicOperatorFiling?> FindAsync(string filingNumber, CancellationToken cancellationToken = default)
    {
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var number = filingNumber.Trim().ToUpperInvariant();
        var found = await Rows().FirstOrDefaultAsync(r => r.Filing.FilingNumber == number, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var districts = await DistrictsAsync(cancellationToken);
        var summary = Summary(found, districts);
        var notices = await Notices().Where(n => n.Deregistration.FilingId == found.Filing.Id)
            .OrderByDescending(n => n.Deregistration.SubmittedAtUtc).ToListAsync(cancellationToken);
        return new PublicOperatorFiling(
            summary,
            found.PremisesAddress,
            found.Filing.CodeSuspended ? found.Filing.CodeSuspensionReason : null,
            found.Filing.DeregisteredAtUtc,
            notices.Select(n => Notice(n, districts)).ToList());
    }

    public async Task<IReadOnlyList<string>> NumbersAfterAsync(string? after, int count, CancellationToken cancellationToken = default)
    {
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var filings = db.Set<OperatorFiling>().AsNoTracking();
        if (after is not null)
        {
            filings = filings.Where(f => string.Compare(f.FilingNumber, after) > 0);
        }

        return await filings.OrderBy(f => f.FilingNumber).Select(f => f.FilingNumber).Take(Math.Clamp(count, 1, 10_000)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, PublicOperatorSummary>> ByOperatorsAsync(IReadOnlyCollection<Guid> operatorUserIds, CancellationToken cancellationToken = default)
    {
        if (operatorUserIds.Count == 0)
        {
            return new Dictionary<Guid, PublicOperatorSummary>();
        }

        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var ids = operatorUserIds.Distinct().ToList();
        var found = await Rows().Where(r => ids.Contains(r.Filing.OperatorUserId)).ToListAsync(cancellationToken);
        var districts = await DistrictsAsync(cancellationToken);
        return found.GroupBy(r => r.Filing.OperatorUserId)
            .ToDictionary(g => g.Key, g => Summary(g.OrderByDescending(r => r.Filing.FiledAtUtc).First(), districts));
    }

    public async Task<PublicDeregistrationPage> DeregistrationsAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var notices = Notices();
        var total = await notices.CountAsync(cancellationToken);
        var (skip, take) = Window(page, pageSize);
        var found = await notices.OrderByDescending(n => n.Deregistration.SubmittedAtUtc).ThenBy(n => n.FilingNumber).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var districts = await DistrictsAsync(cancellationToken);
        return new PublicDeregistrationPage(found.Select(n => Notice(n, districts)).ToList(), total);
    }

    // Member-initialised, not positional: EF composes Where and OrderBy over an initialiser, not over a constructor call.
    private sealed class FilingRow
    {
        public required OperatorFiling Filing { get; init; }

        public string? ShopName { get; init; }

        public string? IndustryCode { get; init; }

        public string? PremisesAddress { get; init; }

        public string? LicenceName { get; init; }
    }

    private sealed class NoticeRow
    {
        public required FilingDeregistration Deregistration { get; init; }

        public required string FilingNumber { get; init; }

        public required string Uscc { get; init; }

        public string? ShopName { get; init; }

        public string? LicenceName { get; init; }
    }

    [GeneratedRegex("^SW[0-9]{13}$")]
    private static partial Regex FilingNumberShape();

    /// <summary>统一社会信用代码's shape (GB 32100): 18 characters of digits and capitals without I, O, S, V, Z.</summary>
    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{18}$")]
    private static partial Regex UsccShape();

    private IQueryable<FilingRow> Rows() =>
        from f in db.Set<OperatorFiling>().AsNoTracking()
        join a in db.Set<FilingApplication>().AsNoTracking() on f.ApplicationId equals a.Id
        from l in db.Set<OperatorLicence>().AsNoTracking().Where(l => l.Uscc == f.Uscc).DefaultIfEmpty()
        select new FilingRow { Filing = f, ShopName = a.ShopName, IndustryCode = a.IndustryCode, PremisesAddress = a.PremisesAddress, LicenceName = l == null ? null : l.Name };

    // 公示中 and 已注销 only: an application under review, rejected or withdrawn is the operator's business, not the public's.
    private IQueryable<NoticeRow> Notices() =>
        from d in db.Set<FilingDeregistration>().AsNoTracking()
        where d.Status == DeregistrationStatus.PublicNotice || d.Status == DeregistrationStatus.Deregistered
        join f in db.Set<OperatorFiling>().AsNoTracking() on d.FilingId equals f.Id
        join a in db.Set<FilingApplication>().AsNoTracking() on f.ApplicationId equals a.Id
        from l in db.Set<OperatorLicence>().AsNoTracking().Where(l => l.Uscc == f.Uscc).DefaultIfEmpty()
        select new NoticeRow { Deregistration = d, FilingNumber = f.FilingNumber, Uscc = f.Uscc, ShopName = a.ShopName, LicenceName = l == null ? null : l.Name };

    /// <summary>
    /// The keys of one page of the filings whose names contain <paramref name="folded"/> (all when null), in the portal's
    /// order, and how many there are, from <see cref="FilingSearchEntry"/> alone. The names are compared byte for byte
    /// (both sides folded). On MariaDB one command, one pass: the page read in order off the (FiledOn, FilingNumber, Names)
    /// index, the scan going on to count (SQL_CALC_FOUND_ROWS) instead of a COUNT's second pass; INSTR with a binary
    /// operand, which scanned 100,000 rows 1.5 to 2.5 times as fast as a LIKE under the table's Unicode collation. Raw
    /// SQL: EF has neither for MariaDB. The names are the migrations' column names. SQLite's instr is binary already.
    /// </summary>
    private async Task<(IReadOnlyList<Guid> Ids, int Total)> MatchAsync(string? folded, int skip, int take, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            var entries = db.Set<FilingSearchEntry>().AsNoTracking();
            entries = folded is null ? entries : entries.Where(e => e.Names.Contains(folded));
            var total = await entries.CountAsync(cancellationToken);
            var keys = await entries.OrderByDescending(e => e.FiledOn).ThenBy(e => e.FilingNumber).Skip(skip).Take(take).Select(e => e.FilingId)
                .ToListAsync(cancellationToken);
            return (keys, total);
        }

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "SELECT SQL_CALC_FOUND_ROWS FilingId FROM Filing_SearchEntries"
            + (folded is null ? string.Empty : " WHERE INSTR(Names, CAST(@names AS BINARY)) > 0")
            + " ORDER BY FiledOn DESC, FilingNumber LIMIT @take OFFSET @skip; SELECT FOUND_ROWS()";
        AddParameter(command, "@names", folded ?? string.Empty);
        AddParameter(command, "@take", take);
        AddParameter(command, "@skip", skip);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (ids, Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private async Task<PublicOperatorPage> PageAsync(IReadOnlyList<FilingRow> found, int total, CancellationToken cancellationToken)
    {
        var districts = await DistrictsAsync(cancellationToken);
        return new PublicOperatorPage(found.Select(r => Summary(r, districts)).ToList(), total);
    }

    private static (int Skip, int Take) Window(int page, int pageSize)
    {
        var take = Math.Clamp(pageSize, 1, MaxPageSize);
        return ((Math.Max(page, 1) - 1) * take, take);
    }

    private async Task<Dictionary<Guid, string>> DistrictsAsync(CancellationToken cancellationToken) =>
        (await tenants.ListAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);

    private static string District(Guid? tenantId, Dictionary<Guid, string> districts) =>
        tenantId is { } id ? districts.GetValueOrDefault(id, "-") : "-";

    private static PublicOperatorSummary Summary(FilingRow r, Dictionary<Guid, string> districts) =>
        new(
            r.Filing.OperatorUserId,
            r.Filing.FilingNumber,
            r.LicenceName ?? r.ShopName ?? r.Filing.Uscc,
            r.ShopName,
            r.Filing.Uscc,
            District(r.Filing.TenantId, districts),
            IndustryDictionary.Find(r.IndustryCode)?.DisplayName,
            r.Filing.FiledOn,
            r.Filing.Status == OperatorFilingStatus.Deregistered ? PublicFilingStatus.Deregistered
                : r.Filing.CodeSuspended ? PublicFilingStatus.Suspended : PublicFilingStatus.Filed);

    private static PublicDeregistrationNotice Notice(NoticeRow n, Dictionary<Guid, string> districts) =>
        new(
            n.FilingNumber,
            n.LicenceName ?? n.ShopName ?? n.Uscc,
            n.ShopName,
            District(n.Deregistration.TenantId, districts),
            n.Deregistration.IssuanceStoppedOn,
            n.Deregistration.NoticeFrom,
            n.Deregistration.PublicNoticeEndsOn,
            n.Deregistration.Status == DeregistrationStatus.Deregistered,
            n.Deregistration.DeregisteredAtUtc);
}

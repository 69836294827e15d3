using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// <see cref="IPublicOperatorRegister"/> over the filings, their applications and licences, city-wide. Each call is a
/// fixed number of queries (a count and a page), never one per operator: the portal's search is public and hit often.
/// </summary>
internal sealed partial class PublicOperatorRegister(PlatformDbContext db, IDataFilter dataFilter, ITenantDirectory tenants) : IPublicOperatorRegister
{
    private const int MaxPageSize = 100;

    public async Task<PublicOperatorPage> SearchAsync(string? text, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var rows = Rows();
        var term = text?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            // Numbers and codes are printed in upper case; a consumer may type them in lower case.
            var code = term.ToUpperInvariant();
            // A scanned or typed 备案编号 or USCC is looked up by its index alone: OR-ed with the names' LIKE it made
            // every exact search read all filings (3 s p95 with 100,000 operators, benchmarks, issue 18).
            rows = FilingNumberShape().IsMatch(code) ? rows.Where(r => r.Filing.FilingNumber == code)
                : UsccShape().IsMatch(code) ? rows.Where(r => r.Filing.Uscc == code)
                : rows.Where(r => (r.LicenceName != null && r.LicenceName.Contains(term)) || (r.ShopName != null && r.ShopName.Contains(term)));
        }

        var total = await rows.CountAsync(cancellationToken);
        var (skip, take) = Window(page, pageSize);
        var found = await rows.OrderByDescending(r => r.Filing.FiledOn).ThenBy(r => r.Filing.FilingNumber).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var districts = await DistrictsAsync(cancellationToken);
        return new PublicOperatorPage(found.Select(r => Summary(r, districts)).ToList(), total);
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

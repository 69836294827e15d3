using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Application;

/// <summary>
/// 存管监测 (SPEC C3): the operators in an open 存管不足 episode or whose bank reports 信息异常, with the amount and days
/// short. A district sees its own (the tenant filter); the city sees every district through <see cref="ICrossTenantAccess"/>.
/// The list is filtered and paged in the database; the amounts are evaluated for the page's rows only.
/// </summary>
internal sealed class CustodyMonitoring(
    PlatformDbContext db, ICrossTenantAccess crossTenant, ICurrentUser user, IPermissionChecker permissions, ITenantDirectory tenants, CustodyRequirements requirements, IClock clock)
{
    public const int PageSize = 30;

    /// <summary>Which problem to list: 不足, 信息异常, or both.</summary>
    public enum Problem
    {
        All = 0,
        Short = 1,
        Abnormal = 2,
    }

    public sealed record Filter(Problem Problem, string? Search, Guid? TenantId, int PageNumber);

    public sealed record Row(
        Guid OperatorId, string OperatorName, string Uscc, string FilingNumber, string District, string BankStatus, string? StatusRemark,
        long? ShortfallFen, int? DaysShort, string Compliance);

    public sealed record Page(IReadOnlyList<Row> Rows, int Total, int PageNumber)
    {
        public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    }

    public bool IsCity => user.Side == PlatformSide.City;

    /// <summary>A district's staff read their district, the city every district; the page checks this (one policy per page).</summary>
    public bool CanRead => IsCity ? permissions.IsGranted(CustodyPermissions.MonitoringReadAll) : user.Side == PlatformSide.District && permissions.IsGranted(CustodyPermissions.MonitoringRead);

    public async Task<Page> ListAsync(Filter filter, CancellationToken cancellationToken)
    {
        using var scope = IsCity ? crossTenant.EnterCityScope() : null;
        var query = Query(filter);
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.PageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var operators = await query.OrderBy(o => o.OperatorName).ThenBy(o => o.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Page(await RowsAsync(operators, cancellationToken), total, page);
    }

    /// <summary>Every matching row for the Excel export (the filter of the page, without paging).</summary>
    public async Task<IReadOnlyList<Row>> ExportAsync(Filter filter, CancellationToken cancellationToken)
    {
        using var scope = IsCity ? crossTenant.EnterCityScope() : null;
        var operators = await Query(filter).OrderBy(o => o.OperatorName).ThenBy(o => o.Id).AsNoTracking().ToListAsync(cancellationToken);
        return await RowsAsync(operators, cancellationToken);
    }

    /// <summary>One operator for the staff's detail page; null for another district's operator (the tenant filter).</summary>
    public async Task<CustodyOperator?> FindAsync(Guid operatorId, CancellationToken cancellationToken)
    {
        using var scope = IsCity ? crossTenant.EnterCityScope() : null;
        return await db.Set<CustodyOperator>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == operatorId, cancellationToken);
    }

    private IQueryable<CustodyOperator> Query(Filter filter)
    {
        var open = db.Set<CustodyShortfall>().Where(s => s.EndedAtUtc == null).Select(s => s.OperatorId);
        var query = db.Set<CustodyOperator>().AsNoTracking();
        query = filter.Problem switch
        {
            Problem.Short => query.Where(o => open.Contains(o.Id)),
            Problem.Abnormal => query.Where(o => o.AccountStatus == CustodyAccountStatus.Abnormal),
            _ => query.Where(o => open.Contains(o.Id) || o.AccountStatus == CustodyAccountStatus.Abnormal),
        };
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            var upper = text.ToUpperInvariant();
            query = query.Where(o => o.OperatorName.Contains(text) || o.Uscc == upper || o.FilingNumber == upper);
        }

        // Only the city chooses a district; a district's own filter already narrows it.
        if (IsCity && filter.TenantId is { } tenantId)
        {
            query = query.Where(o => o.TenantId == tenantId);
        }

        return query;
    }

    private async Task<IReadOnlyList<Row>> RowsAsync(IReadOnlyList<CustodyOperator> operators, CancellationToken cancellationToken)
    {
        var ids = operators.Select(o => o.Id).ToList();
        var episodes = await db.Set<CustodyShortfall>().AsNoTracking().Where(s => ids.Contains(s.OperatorId) && s.EndedAtUtc == null)
            .ToDictionaryAsync(s => s.OperatorId, s => s.StartedAtUtc, cancellationToken);
        var today = clock.TodayInShanghai;
        var views = await requirements.EvaluateAsync(operators, cancellationToken);
        var names = (await tenants.ListAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        return operators.Select(o =>
        {
            var view = views[o.Id];
            int? days = episodes.TryGetValue(o.Id, out var started)
                ? today.DayNumber - DateOnly.FromDateTime(clock.ToShanghai(new DateTimeOffset(started, TimeSpan.Zero)).DateTime).DayNumber + 1
                : null;
            return new Row(o.Id, o.OperatorName, o.Uscc, o.FilingNumber, o.TenantId is { } t ? names.GetValueOrDefault(t, "") : "",
                o.AccountStatus.Label(), o.StatusRemark, view.Met == false ? view.ShortfallFen : null, days, view.ComplianceLabel);
        }).ToList();
    }
}

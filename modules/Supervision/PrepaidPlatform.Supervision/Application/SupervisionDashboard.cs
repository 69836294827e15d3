using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Supervision.Domain;

namespace PrepaidPlatform.Supervision.Application;

/// <summary>
/// What the dashboards read: the snapshot's figures of a quarter (a district its own through the tenant filter, the city
/// every district's through <see cref="ICrossTenantAccess"/>), the trend over the quarters, the operators behind a figure
/// and the city's meeting table. Reads snapshot rows only, never the modules' live tables.
/// </summary>
internal sealed class SupervisionDashboard(PlatformDbContext db, ICrossTenantAccess crossTenant, ICurrentUser user, IPermissionChecker permissions, ITenantDirectory tenants)
{
    public const int PageSize = 30;

    public bool IsCity => user.Side == PlatformSide.City;

    public bool CanRead => IsCity
        ? permissions.IsGranted(SupervisionPermissions.DashboardReadAll)
        : user.Side == PlatformSide.District && permissions.IsGranted(SupervisionPermissions.DashboardRead);

    public bool CanRefresh => IsCity && permissions.IsGranted(SupervisionPermissions.SnapshotsRefresh);

    /// <summary>The quarters with a snapshot, newest first.</summary>
    public async Task<IReadOnlyList<SnapshotRun>> RunsAsync(CancellationToken cancellationToken) =>
        await db.Set<SnapshotRun>().AsNoTracking().OrderByDescending(r => r.Quarter).ToListAsync(cancellationToken);

    /// <summary>The figures of one dimension in a quarter, largest first. 区域 is per district for the city, per street for a district.</summary>
    public async Task<IReadOnlyList<FigureRow>> FiguresAsync(string quarter, Dimension dimension, CancellationToken cancellationToken)
    {
        using var scope = IsCity ? crossTenant.EnterCityScope() : null;
        if (dimension == Dimension.District && IsCity)
        {
            var names = (await tenants.ListAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
            var perDistrict = await db.Set<FigureSnapshot>().AsNoTracking().Where(f => f.Quarter == quarter && f.Dimension == Dimension.District).ToListAsync(cancellationToken);
            return [.. perDistrict.Select(f => FigureRow.Of(f.TenantId is { } id && names.TryGetValue(id, out var n) ? n : "—", f.TenantId?.ToString(), [f]))
                .OrderByDescending(r => r.Operators).ThenBy(r => r.Label, StringComparer.Ordinal)];
        }

        var stored = dimension == Dimension.District ? Dimension.Street : dimension;
        var figures = await db.Set<FigureSnapshot>().AsNoTracking().Where(f => f.Quarter == quarter && f.Dimension == stored).ToListAsync(cancellationToken);
        var rows = figures.GroupBy(f => f.Key).Select(g => FigureRow.Of(g.Key, g.Key, [.. g]));
        return dimension == Dimension.Period
            ? [.. rows.OrderBy(r => Dimensions.PeriodOrder.ToList().IndexOf(r.Label))]
            : [.. rows.OrderByDescending(r => r.Operators).ThenBy(r => r.Label, StringComparer.Ordinal)];
    }

    /// <summary>The whole scope per quarter, oldest first (the trends).</summary>
    public async Task<IReadOnlyList<FigureRow>> TrendAsync(CancellationToken cancellationToken)
    {
        using var scope = IsCity ? crossTenant.EnterCityScope() : null;
        var figures = await db.Set<FigureSnapshot>().AsNoTracking().Where(f => f.Dimension == Dimension.District).ToListAsync(cancellationToken);
        return [.. figures.GroupBy(f => f.Quarter).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => FigureRow.Of(Quarter.Parse(g.Key)?.Label ?? g.Key, g.Key, [.. g]))];
    }

    /// <summary>The city's quarterly meeting table: every district, with those that have no filed operator at zero.</summary>
    public async Task<IReadOnlyList<FigureRow>> MeetingAsync(string quarter, CancellationToken cancellationToken)
    {
        using var scope = crossTenant.EnterCityScope();
        var figures = await db.Set<FigureSnapshot>().AsNoTracking().Where(f => f.Quarter == quarter && f.Dimension == Dimension.District).ToListAsync(cancellationToken);
        var byDistrict = figures.Where(f => f.TenantId is not null).ToDictionary(f => f.TenantId!.Value);
        return [.. (await tenants.ListAsync(cancellationToken)).OrderBy(t => t.Code, StringComparer.Ordinal)
            .Select(t => FigureRow.Of(t.Name, t.Id.ToString(), byDistrict.TryGetValue(t.Id, out var f) ? [f] : []))];
    }

    /// <summary>The operators behind a figure, paged; every filter is optional.</summary>
    public async Task<OperatorPage> OperatorsAsync(OperatorFilter filter, CancellationToken cancellationToken)
    {
        using var scope = IsCity ? crossTenant.EnterCityScope() : null;
        var query = Query(filter);
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.PageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new OperatorPage(rows, total, page);
    }

    /// <summary>Every operator the filter selects, for the Excel export.</summary>
    public async Task<IReadOnlyList<OperatorSnapshot>> ExportAsync(OperatorFilter filter, CancellationToken cancellationToken)
    {
        using var scope = IsCity ? crossTenant.EnterCityScope() : null;
        return await Query(filter).OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> DistrictNamesAsync(CancellationToken cancellationToken) =>
        (await tenants.ListAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);

    private IQueryable<OperatorSnapshot> Query(OperatorFilter filter)
    {
        var query = db.Set<OperatorSnapshot>().AsNoTracking().Where(o => o.Quarter == filter.Quarter);
        if (filter.District is { } district)
        {
            query = query.Where(o => o.TenantId == district);
        }

        if (!string.IsNullOrEmpty(filter.Key))
        {
            var key = filter.Key;
            query = filter.Dimension switch
            {
                Dimension.Industry => query.Where(o => o.Industry == key),
                Dimension.Street or Dimension.District => query.Where(o => o.Street == key),
                Dimension.CardSystem => query.Where(o => o.CardSystem == key),
                Dimension.CustodyMethod => query.Where(o => o.CustodyMethod == key),
                Dimension.Period => query.Where(o => o.Period == key),
                _ => query,
            };
        }

        if (!string.IsNullOrEmpty(filter.Colour))
        {
            query = query.Where(o => o.Colour == filter.Colour);
        }

        if (filter.Compliant is { } compliant)
        {
            query = query.Where(o => o.Compliant == compliant);
        }

        if (filter.Connected is { } connected)
        {
            query = query.Where(o => o.Connected == connected);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim();
            query = query.Where(o => o.Name.Contains(search) || o.Uscc == search);
        }

        return query;
    }
}

/// <summary>The drill-down's filters, all in the URL.</summary>
internal sealed record OperatorFilter(
    string Quarter, Dimension? Dimension, string? Key, Guid? District, string? Colour, bool? Compliant, bool? Connected, string? Search, int PageNumber);

internal sealed record OperatorPage(IReadOnlyList<OperatorSnapshot> Rows, int Total, int PageNumber)
{
    public int PageCount => Math.Max(1, (Total + SupervisionDashboard.PageSize - 1) / SupervisionDashboard.PageSize);
}

/// <summary>One line of a dashboard table: a value of a dimension (or a district, or a quarter) with its summed figures.</summary>
/// <param name="Value">What the drill-down filters on: the key, the district id, or the quarter key.</param>
internal sealed record FigureRow(
    string Label, string? Value, int Operators, long BalanceFen, long CustodyFen, int Compliant, int Connected, int Green, int Yellow, int Red, int Black, int Complaints)
{
    public int Short => Operators - Compliant;

    public decimal? ComplianceRate => Operators == 0 ? null : Math.Round(Compliant * 100m / Operators, 1);

    public decimal? ConnectionRate => Operators == 0 ? null : Math.Round(Connected * 100m / Operators, 1);

    public static FigureRow Of(string label, string? value, IReadOnlyList<FigureSnapshot> figures) => new(
        label, value, figures.Sum(f => f.Operators), figures.Sum(f => f.BalanceFen), figures.Sum(f => f.CustodyFen), figures.Sum(f => f.Compliant),
        figures.Sum(f => f.Connected), figures.Sum(f => f.Green), figures.Sum(f => f.Yellow), figures.Sum(f => f.Red), figures.Sum(f => f.Black), figures.Sum(f => f.Complaints));
}

using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Auditing;

/// <summary>The city's search over the append-only audit (P2): by time (Asia/Shanghai dates), user, district and entity.</summary>
internal sealed class AuditQuery(PlatformDbContext db, ICrossTenantAccess crossTenant)
{
    public const int PageSize = 50;

    internal sealed record Filter(DateOnly? From, DateOnly? To, string? UserName, Guid? TenantId, string? EntityType, string? EntityId, int Page);

    internal sealed record Page<T>(IReadOnlyList<T> Rows, int Total, int PageNumber)
    {
        public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    }

    public async Task<Page<RequestAuditRecord>> RequestsAsync(Filter filter, CancellationToken cancellationToken)
    {
        using var scope = crossTenant.EnterCityScope();
        var query = db.Set<RequestAuditRecord>().AsNoTracking();
        var (from, to) = UtcRange(filter);
        if (from is not null)
        {
            query = query.Where(r => r.TimeUtc >= from);
        }

        if (to is not null)
        {
            query = query.Where(r => r.TimeUtc < to);
        }

        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            query = query.Where(r => r.UserName == filter.UserName.Trim());
        }

        if (filter.TenantId is not null)
        {
            query = query.Where(r => r.TenantId == filter.TenantId);
        }

        return await PageAsync(query.OrderByDescending(r => r.Id), filter.Page, cancellationToken);
    }

    public async Task<Page<EntityChangeRecord>> EntityChangesAsync(Filter filter, CancellationToken cancellationToken)
    {
        using var scope = crossTenant.EnterCityScope();
        var query = db.Set<EntityChangeRecord>().AsNoTracking();
        var (from, to) = UtcRange(filter);
        if (from is not null)
        {
            query = query.Where(r => r.ChangeTimeUtc >= from);
        }

        if (to is not null)
        {
            query = query.Where(r => r.ChangeTimeUtc < to);
        }

        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            query = query.Where(r => r.UserName == filter.UserName.Trim());
        }

        if (filter.TenantId is not null)
        {
            query = query.Where(r => r.TenantId == filter.TenantId);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(r => r.EntityType == filter.EntityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            query = query.Where(r => r.EntityId == filter.EntityId.Trim());
        }

        return await PageAsync(query.OrderByDescending(r => r.Id), filter.Page, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken)
    {
        using var scope = crossTenant.EnterCityScope();
        return await db.Set<EntityChangeRecord>().AsNoTracking().Select(r => r.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    /// <summary>Dates are days in Asia/Shanghai; the "to" day is included.</summary>
    private static (DateTime? From, DateTime? To) UtcRange(Filter filter) =>
        (filter.From is { } f ? ShanghaiMidnightUtc(f) : null, filter.To is { } t ? ShanghaiMidnightUtc(t.AddDays(1)) : null);

    private static DateTime ShanghaiMidnightUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), PlatformClock.Shanghai);

    private static async Task<Page<T>> PageAsync<T>(IQueryable<T> query, int page, CancellationToken cancellationToken)
    {
        var number = Math.Max(1, page);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Page<T>(rows, total, number);
    }
}

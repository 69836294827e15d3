using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Supervision.Domain;

namespace PrepaidPlatform.Supervision.Application.Warnings;

/// <summary>
/// What 闭店风险预警 reads: a week's list (a district its own through the tenant filter, the city every district's
/// through <see cref="ICrossTenantAccess"/>) and one operator's weeks. Another district's operator reads as absent.
/// </summary>
internal sealed class ClosureWarningList(PlatformDbContext db, ICrossTenantAccess crossTenant, ICurrentUser user)
{
    public const int PageSize = 30;

    private bool IsCity => user.Side == PlatformSide.City;

    public static string OperatorUrl(Guid operatorUserId) => "/Supervision/Warnings/Operator?id=" + operatorUserId.ToString("D");

    /// <summary>The weeks computed, newest first.</summary>
    public async Task<IReadOnlyList<ClosureWarningRun>> RunsAsync(CancellationToken cancellationToken) =>
        await db.Set<ClosureWarningRun>().AsNoTracking().OrderByDescending(r => r.Week).Take(52).ToListAsync(cancellationToken);

    /// <summary>A week's operators, highest score first: those warned, or with <paramref name="all"/> every one with a signal.</summary>
    public async Task<WarningPage> ListAsync(DateOnly week, Guid? district, bool all, int pageNumber, CancellationToken cancellationToken)
    {
        using var scope = IsCity ? crossTenant.EnterCityScope() : null;
        var query = db.Set<ClosureWarning>().AsNoTracking().Where(w => w.Week == week);
        if (district is { } d)
        {
            query = query.Where(w => w.TenantId == d);
        }

        if (!all)
        {
            query = query.Where(w => w.Warned);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(pageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query.OrderByDescending(w => w.Score).ThenBy(w => w.Name).ThenBy(w => w.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new WarningPage(rows, total, page);
    }

    /// <summary>One operator's weeks, newest first; empty for an operator outside the user's district.</summary>
    public async Task<IReadOnlyList<ClosureWarning>> OperatorAsync(Guid operatorUserId, CancellationToken cancellationToken)
    {
        using var scope = IsCity ? crossTenant.EnterCityScope() : null;
        return await db.Set<ClosureWarning>().AsNoTracking().Where(w => w.OperatorUserId == operatorUserId)
            .OrderByDescending(w => w.Week).Take(26).ToListAsync(cancellationToken);
    }

    public static IReadOnlyList<ClosureReason> Reasons(ClosureWarning row) =>
        JsonSerializer.Deserialize<List<ClosureReason>>(row.ReasonsJson, ClosureWarningComputation.ReasonsJson) ?? [];
}

internal sealed record WarningPage(IReadOnlyList<ClosureWarning> Rows, int Total, int PageNumber)
{
    public int PageCount => Math.Max(1, (Total + ClosureWarningList.PageSize - 1) / ClosureWarningList.PageSize);
}

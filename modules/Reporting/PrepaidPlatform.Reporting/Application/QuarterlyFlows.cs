using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application;

/// <summary><see cref="IQuarterlyFlows"/> in one query, inside the caller's tenant filter.</summary>
internal sealed class QuarterlyFlows(PlatformDbContext db) : IQuarterlyFlows
{
    public async Task<IReadOnlyList<QuarterlyFlow>> ListAsync(IReadOnlyCollection<DateOnly> quarterEnds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quarterEnds);
        if (quarterEnds.Count == 0)
        {
            return [];
        }

        var ends = quarterEnds.Distinct().ToList();
        return await db.Set<QuarterlyReport>().AsNoTracking()
            .Where(r => ends.Contains(r.QuarterEnd) && r.Status != ReportStatus.Returned)
            .Select(r => new QuarterlyFlow(r.OperatorUserId, r.TenantId, r.QuarterEnd, r.QuarterPrepaidFen, r.QuarterConsumptionFen))
            .ToListAsync(cancellationToken);
    }
}

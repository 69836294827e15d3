using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary><see cref="ICreditRiskOverview"/> in two queries, inside the caller's tenant filter.</summary>
internal sealed class CreditRiskOverview(PlatformDbContext db) : ICreditRiskOverview
{
    public async Task<IReadOnlyList<CreditRiskOverviewEntry>> ListAsync(DateOnly complaintsFrom, DateOnly complaintsTo, CancellationToken cancellationToken = default)
    {
        var codes = await db.Set<OperatorRiskCode>().AsNoTracking()
            .Select(c => new { c.OperatorUserId, c.TenantId, c.Colour }).ToListAsync(cancellationToken);
        var complaints = await db.Set<CreditRecord>().AsNoTracking()
            .Where(r => r.Class == CreditClass.Complaint && r.OccurredOn >= complaintsFrom && r.OccurredOn <= complaintsTo)
            .GroupBy(r => new { r.OperatorUserId, r.TenantId })
            .Select(g => new { g.Key.OperatorUserId, g.Key.TenantId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byOperator = complaints.ToDictionary(c => c.OperatorUserId);
        var entries = codes.Select(c => new CreditRiskOverviewEntry(
            c.OperatorUserId, c.TenantId, RiskColours.Name(c.Colour), byOperator.TryGetValue(c.OperatorUserId, out var n) ? n.Count : 0)).ToList();
        var coded = codes.Select(c => c.OperatorUserId).ToHashSet();
        entries.AddRange(complaints.Where(c => !coded.Contains(c.OperatorUserId))
            .Select(c => new CreditRiskOverviewEntry(c.OperatorUserId, c.TenantId, RiskColours.Name(RiskColour.Green), c.Count)));
        return entries;
    }
}

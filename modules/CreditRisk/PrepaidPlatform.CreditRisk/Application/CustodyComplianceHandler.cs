using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>
/// Custody's shortfall and top-up (<see cref="CustodyComplianceChanged"/>): kept as the operator's custody fact, then its
/// code recomputed. 存管不足天数 grows with the days, so a shortfall turns red only when the nightly run finds it older than
/// the rule's N days; a top-up turns it back at once.
/// </summary>
internal sealed class CustodyComplianceHandler(PlatformDbContext db, RiskCodes codes) : IIntegrationEventHandler<CustodyComplianceChanged>
{
    public async Task HandleAsync(CustodyComplianceChanged e, CancellationToken cancellationToken)
    {
        var fact = await db.Set<CustodyFact>().IgnoreQueryFilters().FirstOrDefaultAsync(f => f.OperatorUserId == e.OperatorUserId, cancellationToken);
        if (fact is null)
        {
            fact = new CustodyFact(e.OperatorUserId, e.TenantId, e.Uscc);
            db.Add(fact);
        }

        fact.Apply(e.Compliant, e.ShortfallFen, e.ChangedAtUtc);
        await db.SaveChangesAsync(cancellationToken);
        await codes.RecomputeAsync([e.OperatorUserId], e.Compliant ? "存管恢复达标" : "存管不足", cancellationToken);
    }
}

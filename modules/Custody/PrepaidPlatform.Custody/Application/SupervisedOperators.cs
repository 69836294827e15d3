using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Custody.Application;

/// <summary><see cref="ISupervisedOperators"/> over the supervised operators, city-wide.</summary>
internal sealed class SupervisedOperatorDirectory(PlatformDbContext db) : ISupervisedOperators
{
    public async Task<IReadOnlyList<SupervisedOperator>> FindByUsccAsync(IReadOnlyCollection<string> usccs, CancellationToken cancellationToken = default)
    {
        var wanted = usccs.Distinct().ToList();
        return await db.Set<CustodyOperator>().IgnoreQueryFilters().AsNoTracking().Where(o => wanted.Contains(o.Uscc))
            .Select(o => new SupervisedOperator(o.OperatorUserId, o.TenantId, o.Uscc, o.OperatorName, o.FilingNumber))
            .ToListAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Custody.Application;

/// <summary>
/// <see cref="IPublicCustodyCompliance"/>: the same evaluation as 存管监测 and the operator's own page (so the portal never
/// says 达标 where they say 不足), reduced to its outcome; the figures stay here.
/// </summary>
internal sealed class PublicCustodyCompliance(PlatformDbContext db, CustodyRequirements requirements, IDataFilter dataFilter) : IPublicCustodyCompliance
{
    public async Task<PublicCustodyStatus> FindAsync(Guid operatorUserId, CancellationToken cancellationToken = default)
    {
        // A consumer has no district: the operator's policies are read in its district, whichever the caller's is.
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var op = await db.Set<CustodyOperator>().AsNoTracking().FirstOrDefaultAsync(o => o.OperatorUserId == operatorUserId, cancellationToken);
        if (op is null)
        {
            return PublicCustodyStatus.NotSupervised;
        }

        var view = await requirements.EvaluateAsync(op, cancellationToken);
        return view.Met switch
        {
            true => PublicCustodyStatus.Compliant,
            false => PublicCustodyStatus.BelowRequired,
            null => PublicCustodyStatus.Pending,
        };
    }
}

using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Custody.Application;

/// <summary><see cref="ISeriousDishonestFlags"/>: the flag with its reason, who and when (the audit log keeps every change).</summary>
internal sealed class SeriousDishonestFlags(PlatformDbContext db, CustodyCompliance compliance, ICurrentUser user, IClock clock) : ISeriousDishonestFlags
{
    public async Task<bool> SetAsync(Guid operatorUserId, bool listed, string reason, CancellationToken cancellationToken = default)
    {
        var op = await db.Set<CustodyOperator>().FirstOrDefaultAsync(o => o.OperatorUserId == operatorUserId, cancellationToken);
        if (op is null)
        {
            return false;
        }

        op.SetSeriousDishonest(listed, reason.Trim(), user.Id, clock.UtcNow.UtcDateTime);
        await compliance.ReevaluateAsync([op.Id], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

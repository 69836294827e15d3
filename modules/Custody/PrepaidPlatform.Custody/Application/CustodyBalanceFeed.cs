using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Custody.Application;

/// <summary><see cref="ICustodyBalanceFeed"/>: Reporting's accepted balance becomes the basis; the caller's SaveChanges commits both.</summary>
internal sealed class CustodyBalanceFeed(PlatformDbContext db, CustodyCompliance compliance) : ICustodyBalanceFeed
{
    public async Task RecordQuarterBalanceAsync(Guid operatorUserId, DateOnly quarterEnd, long balanceFen, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(balanceFen);
        var op = await db.Set<CustodyOperator>().FirstOrDefaultAsync(o => o.OperatorUserId == operatorUserId, cancellationToken);
        if (op is null || !op.RecordQuarterBalance(quarterEnd, balanceFen))
        {
            return;
        }

        await compliance.ReevaluateAsync([op.Id], cancellationToken);
    }
}

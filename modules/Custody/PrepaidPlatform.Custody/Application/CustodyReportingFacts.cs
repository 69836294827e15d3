using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Application;

/// <summary><see cref="ICustodyReportingFacts"/> over the request's context, inside the tenant filter.</summary>
internal sealed class CustodyReportingFacts(PlatformDbContext db, IRuleProfile rules, CustodyRequirements requirements) : ICustodyReportingFacts
{
    /// <summary>Beijing has no daylight saving: a Beijing day starts at 16:00 UTC the day before.</summary>
    private static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);

    public async Task<CustodyReportingOperator?> FindOperatorAsync(Guid operatorUserId, CancellationToken cancellationToken = default)
    {
        var op = await db.Set<CustodyOperator>().AsNoTracking().FirstOrDefaultAsync(o => o.OperatorUserId == operatorUserId, cancellationToken);
        if (op is null)
        {
            return null;
        }

        // The first binding is made by the first approval (the filing cannot be submitted without the account section).
        var firstBound = await db.Set<CustodyBinding>().AsNoTracking().Where(b => b.OperatorId == op.Id)
            .MinAsync(b => (DateTime?)b.BoundAtUtc, cancellationToken);
        if (firstBound is null)
        {
            return null;
        }

        return Describe(op, firstBound.Value);
    }

    public async Task<SupervisedOperatorPage> SupervisedOperatorsAsync(Guid? continuation, int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        // Keyset, not Skip: an offset walk re-reads or skips rows when an approval adds an operator while the job pages.
        var rows = db.Set<CustodyOperator>().AsNoTracking();
        if (continuation is { } after)
        {
            rows = rows.Where(o => o.Id.CompareTo(after) > 0);
        }

        var page = await rows.OrderBy(o => o.Id).Take(take).ToListAsync(cancellationToken);
        // The key is the last row read, described or not: rows without a binding must not end the walk.
        return new SupervisedOperatorPage(await DescribeAsync(page, cancellationToken), page.Count < take ? null : page[^1].Id);
    }

    public async Task<IReadOnlyList<CustodyReportingOperator>> SupervisedOperatorsAsync(IReadOnlyCollection<Guid> operatorUserIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operatorUserIds);
        var operators = await db.Set<CustodyOperator>().AsNoTracking().Where(o => operatorUserIds.Contains(o.OperatorUserId)).ToListAsync(cancellationToken);
        return await DescribeAsync(operators, cancellationToken);
    }

    private async Task<IReadOnlyList<CustodyReportingOperator>> DescribeAsync(List<CustodyOperator> page, CancellationToken cancellationToken)
    {
        var ids = page.Select(o => o.Id).ToList();
        var firstBound = await db.Set<CustodyBinding>().AsNoTracking().Where(b => ids.Contains(b.OperatorId))
            .GroupBy(b => b.OperatorId).Select(g => new { g.Key, First = g.Min(b => b.BoundAtUtc) })
            .ToDictionaryAsync(x => x.Key, x => x.First, cancellationToken);
        return page.Where(o => firstBound.ContainsKey(o.Id)).Select(o => Describe(o, firstBound[o.Id])).ToList();
    }

    private static CustodyReportingOperator Describe(CustodyOperator op, DateTime firstBoundUtc)
    {
        var since = DateOnly.FromDateTime(firstBoundUtc + ShanghaiOffset);
        var label = op.BindingId is null ? null : $"【{CustodyBanks.Find(op.BankCode)?.Name ?? op.BankCode}】{op.AccountNumber.Masked}";
        return new CustodyReportingOperator(op.OperatorUserId, op.TenantId!.Value, op.OperatorName, since, label) { Uscc = op.Uscc };
    }

    public async Task<QuarterEndCustody> QuarterEndAsync(Guid operatorUserId, DateOnly quarterEnd, long reportedBalanceFen, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(reportedBalanceFen);
        var op = await db.Set<CustodyOperator>().AsNoTracking().FirstOrDefaultAsync(o => o.OperatorUserId == operatorUserId, cancellationToken)
            ?? throw new InvalidOperationException("The operator is not under custody supervision.");
        var endUtc = quarterEnd.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ShanghaiOffset;
        var custody = await db.Set<CustodyStatement>().AsNoTracking()
            .Where(s => s.OperatorId == op.Id && s.AsOfUtc < endUtc)
            .OrderByDescending(s => s.AsOfUtc).ThenByDescending(s => s.ReceivedAtUtc)
            .Select(s => (long?)s.CustodyFen).FirstOrDefaultAsync(cancellationToken);
        var figures = await rules.GetAsync(cancellationToken);
        var basis = new CustodyBasis(reportedBalanceFen, op.LastYearMainRevenueFen, op.RegisteredOn, quarterEnd, op.SeriousDishonest);
        var required = figures.RequiredCustodyFen(basis);
        var policies = await requirements.PolicyOffsetAsync(op.Uscc, quarterEnd, cancellationToken);
        return new QuarterEndCustody(custody, figures.RequiredCustodyRatio(basis), required, Math.Min(policies, required));
    }
}

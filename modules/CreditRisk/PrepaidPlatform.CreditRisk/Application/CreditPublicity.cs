using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary><see cref="ICreditPublicity"/>: the records of the three listed types still in force, city-wide.</summary>
internal sealed class CreditPublicity(PlatformDbContext db, IDataFilter dataFilter, IClock clock) : ICreditPublicity
{
    private const int MaxPageSize = 100;

    private static readonly IReadOnlyDictionary<PublicCreditList, string> TypeOf = new Dictionary<PublicCreditList, string>
    {
        [PublicCreditList.AbnormalOperation] = CreditClasses.AbnormalOperation,
        [PublicCreditList.SeriousDishonest] = CreditClasses.SeriousDishonest,
        [PublicCreditList.AdministrativePenalty] = CreditClasses.AdministrativePenalty,
    };

    public async Task<PublicCreditPage> ListAsync(PublicCreditList list, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var type = TypeOf[list];
        var records = InForce().Where(r => r.Type == type);
        var total = await records.CountAsync(cancellationToken);
        var take = Math.Clamp(pageSize, 1, MaxPageSize);
        var found = await records.OrderByDescending(r => r.OccurredOn).ThenBy(r => r.Id)
            .Skip((Math.Max(page, 1) - 1) * take).Take(take).Select(Entry).ToListAsync(cancellationToken);
        return new PublicCreditPage(found.Select(Tag).ToList(), total);
    }

    public async Task<IReadOnlyList<PublicCreditEntry>> OperatorAsync(Guid operatorUserId, CancellationToken cancellationToken = default)
    {
        using var cityWide = dataFilter.Disable<IMultiTenant>();
        var types = TypeOf.Values.ToList();
        var found = await InForce().Where(r => r.OperatorUserId == operatorUserId && types.Contains(r.Type))
            .OrderByDescending(r => r.OccurredOn).Select(Entry).ToListAsync(cancellationToken);
        return found.Select(Tag).ToList();
    }

    private IQueryable<CreditRecord> InForce()
    {
        var today = clock.TodayInShanghai;
        return db.Set<CreditRecord>().AsNoTracking().Where(r => r.EndsOn == null || r.EndsOn >= today);
    }

    // Only these columns leave the table: the reference, summary and attachment are the authorities' and staff's, not the public's.
    private static readonly System.Linq.Expressions.Expression<Func<CreditRecord, PublicCreditEntry>> Entry =
        r => new PublicCreditEntry(r.OperatorUserId, r.OperatorName, r.Uscc, default, r.Type, r.Source, r.OccurredOn, r.EndsOn);

    private static PublicCreditEntry Tag(PublicCreditEntry e) => e with { List = TypeOf.First(t => t.Value == e.Type).Key };
}

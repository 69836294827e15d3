namespace PrepaidPlatform.Reporting;

/// <summary>
/// Where the card systems' T+1 figures stood on given days, for the closure-risk early warning (issue 18 · 3): the
/// cards sold and consumed between two days follow from 预收资金 (cumulative) and 预收资金余额. Read-only and
/// set-based (one query per day asked). The caller's district scope applies (the tenant filter): code that disabled it
/// (the city, a job) reads every district.
/// </summary>
public interface ICardFeedPositions
{
    /// <summary>
    /// Per operator and day, the figures of the latest record of each of its card systems on or before the day, summed
    /// over the systems. A system whose latest record is more than <paramref name="staleAfterDays"/> days before the day
    /// is left out (it stopped reporting); an operator with none left has no row for that day.
    /// </summary>
    Task<IReadOnlyList<CardFeedPosition>> OnDaysAsync(IReadOnlyCollection<DateOnly> days, int staleAfterDays, CancellationToken cancellationToken = default);
}

/// <param name="PrepaidTotalFen">预收资金: cards sold since the operator started, in 分.</param>
/// <param name="BalanceFen">预收资金余额, in 分.</param>
public sealed record CardFeedPosition(Guid OperatorUserId, Guid? TenantId, DateOnly Day, long PrepaidTotalFen, long BalanceFen);

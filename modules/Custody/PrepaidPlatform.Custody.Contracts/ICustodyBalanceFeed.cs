namespace PrepaidPlatform.Custody;

/// <summary>
/// What Reporting feeds custody (SPEC C3): the 预收资金余额 of an operator's accepted quarterly report becomes the basis of
/// its required custody in place of the filing's figure. Reporting calls this inside its acceptance transaction; the
/// required custody is evaluated again at once, so a report that turns the operator short opens a shortfall episode.
/// </summary>
public interface ICustodyBalanceFeed
{
    /// <summary>
    /// Records the accepted report's balance. A report for an earlier quarter than the one recorded is ignored (a late
    /// correction of an old quarter never replaces a newer basis). An operator not under custody supervision is ignored.
    /// </summary>
    Task RecordQuarterBalanceAsync(Guid operatorUserId, DateOnly quarterEnd, long balanceFen, CancellationToken cancellationToken = default);
}

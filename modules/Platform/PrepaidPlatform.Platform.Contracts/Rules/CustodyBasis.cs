namespace PrepaidPlatform.Platform.Rules;

/// <summary>
/// What the custody rule looks at for one operator at one quarter end: the prepaid balance (预收资金余额) in 分,
/// last year's main-business revenue in 分 (unknown for an operator without a full year), the operator's
/// registration date, and whether it is listed as a serious dishonest entity (严重失信主体).
/// </summary>
public sealed record CustodyBasis(long BalanceFen, long? LastYearMainRevenueFen, DateOnly RegisteredOn, DateOnly QuarterEnd, bool SeriousDishonest);

namespace PrepaidPlatform.Custody;

/// <summary>
/// What Filing hands Custody when a district approves a filing or confirms a change (SPEC C1): the operator now under
/// supervision, the application whose 专用存管账户 section is on file, and the filing's facts the required custody
/// starts from until a quarterly report supersedes them.
/// </summary>
/// <param name="ApplicationId">The application whose account section is now on file (the registration, or the confirmed change).</param>
/// <param name="PrepaidBalanceFen">预收资金余额 as the filing declared it; the required custody's basis until Reporting feeds one.</param>
/// <param name="RegisteredOn">成立日期 from the verified licence (Shanghai: an operator under one year old keeps 100%).</param>
public sealed record FiledCustodyOperator(
    Guid FilingId,
    Guid TenantId,
    Guid OperatorUserId,
    string Uscc,
    string OperatorName,
    string FilingNumber,
    Guid ApplicationId,
    long? PrepaidBalanceFen,
    DateOnly RegisteredOn);

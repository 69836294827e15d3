namespace PrepaidPlatform.Custody;

/// <summary>
/// Whether an operator's 预收资金 custody meets its rule, for the public portal (issue 18 · 1: 达标 / 不足, no amounts).
/// City-wide: the implementation reads any district.
/// </summary>
public interface IPublicCustodyCompliance
{
    Task<PublicCustodyStatus> FindAsync(Guid operatorUserId, CancellationToken cancellationToken = default);
}

public enum PublicCustodyStatus
{
    NotSupervised = 0, // 未纳入存管
    Pending = 1,       // 待核验: no bank statement yet
    Compliant = 2,     // 达标
    BelowRequired = 3, // 不足
}

namespace PrepaidPlatform.Custody;

/// <summary>
/// What Reporting's 数据填报 needs from custody (SPEC R1–R3): whether the operator is under supervision with a bound
/// 专用存管账户 (提示(3)), since when (the periods start with the quarter of the first approval), and the 存管金额 at a
/// quarter's end against the share the rule profile asks of a reported balance (提示(2)). Read inside the current
/// district's tenant filter: another district's operator reads as not supervised.
/// </summary>
public interface ICustodyReportingFacts
{
    /// <summary>The operator as custody knows it; null when no filing of it was approved (not under supervision).</summary>
    Task<CustodyReportingOperator?> FindOperatorAsync(Guid operatorUserId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Operators under supervision, as <see cref="FindOperatorAsync"/> describes each: the page of at most <paramref name="take"/>
    /// supervised rows after <paramref name="continuation"/> (null for the first page) in a stable order. A page may hold
    /// fewer operators than asked, even none, when rows have no binding yet: walk until <see cref="SupervisedOperatorPage.Next"/>
    /// is null, never until a short or empty page. Inside the tenant filter: a caller that disabled it (a job running as
    /// the system) reads every district.
    /// </summary>
    Task<SupervisedOperatorPage> SupervisedOperatorsAsync(Guid? continuation, int take, CancellationToken cancellationToken = default);

    /// <summary>These operators as <see cref="FindOperatorAsync"/> describes each, in two queries (CreditRisk's set-based recompute); one not supervised is missing.</summary>
    Task<IReadOnlyList<CustodyReportingOperator>> SupervisedOperatorsAsync(IReadOnlyCollection<Guid> operatorUserIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// 存管金额 at the end of the day <paramref name="quarterEnd"/> (Asia/Shanghai): the bank's latest statement at or before
    /// it, of any account the operator held; and the custody the rule profile requires for <paramref name="reportedBalanceFen"/>
    /// as of that quarter, less the 履约保证保险 policies valid on that day, exactly as the required custody is computed.
    /// </summary>
    Task<QuarterEndCustody> QuarterEndAsync(Guid operatorUserId, DateOnly quarterEnd, long reportedBalanceFen, CancellationToken cancellationToken = default);
}

/// <summary>
/// One page of <see cref="ICustodyReportingFacts.SupervisedOperatorsAsync(Guid?, int, CancellationToken)"/>.
/// </summary>
/// <param name="Next">The continuation key of the next page; null when this page was the last.</param>
public sealed record SupervisedOperatorPage(IReadOnlyList<CustodyReportingOperator> Operators, Guid? Next);

/// <summary>An operator under custody supervision, for 数据填报.</summary>
/// <param name="SupervisedSince">The Beijing day its first approved filing bound an account: the first reporting quarter is this day's.</param>
/// <param name="AccountLabel">The bound account as the table shows it, "【浦发银行】6111***********7831"; null when none is bound.</param>
public sealed record CustodyReportingOperator(Guid OperatorUserId, Guid TenantId, string OperatorName, DateOnly SupervisedSince, string? AccountLabel)
{
    /// <summary>统一社会信用代码 of the operator.</summary>
    public string Uscc { get; init; } = string.Empty;
}

/// <summary>The custody side of one quarterly report, in 分.</summary>
/// <param name="CustodyFen">存管金额 of the latest statement at or before the quarter's end; null when the bank reported none by then.</param>
/// <param name="Ratio">The share of the balance the rule profile asks (0.40 = 40%).</param>
/// <param name="RequiredFen">The share of the balance, rounded up to the 分.</param>
/// <param name="OffsetFen">履约保证保险 offsetting it (never more than <paramref name="RequiredFen"/>).</param>
public sealed record QuarterEndCustody(long? CustodyFen, decimal Ratio, long RequiredFen, long OffsetFen)
{
    public long RequiredAfterOffsetFen => RequiredFen - OffsetFen;

    /// <summary>提示(2): the bank's amount is known and below what is required.</summary>
    public bool IsBelowRequired => RequiredAfterOffsetFen > 0 && CustodyFen is { } custody && custody < RequiredAfterOffsetFen;
}

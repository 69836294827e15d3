namespace PrepaidPlatform.Custody;

/// <summary>
/// 存管金额 as the banks reported it on an earlier day, for the closure-risk early warning (issue 18 · 3): custody
/// shrinking. Read-only and set-based (one query for every operator). The caller's district scope applies (the tenant
/// filter): code that disabled it (the city, a job) reads every district.
/// </summary>
public interface ICustodyHistory
{
    /// <summary>
    /// Per operator account, 存管金额 of the latest statement read on or before <paramref name="day"/> (a Beijing day) and
    /// no more than <see cref="StatementWindowDays"/> days before it; an operator without such a statement is missing.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, long>> CustodyOnAsync(DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>Banks report daily: a statement older than this says nothing of the day, and the bound keeps the read to a month of statements.</summary>
    public const int StatementWindowDays = 31;
}

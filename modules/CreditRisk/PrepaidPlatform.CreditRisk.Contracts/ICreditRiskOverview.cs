namespace PrepaidPlatform.CreditRisk;

/// <summary>
/// CreditRisk's side of the supervision dashboards (issue 18 · 2): every operator's current risk code and its 12345预付卡投诉
/// of a period. Read-only and set-based. The caller's district scope applies (the tenant filter): code that disabled it
/// (the city, a job) reads every district.
/// </summary>
public interface ICreditRiskOverview
{
    /// <summary>Operators with a computed code or a complaint in [<paramref name="complaintsFrom"/>, <paramref name="complaintsTo"/>] (Beijing days); one missing is 绿码 without complaints.</summary>
    Task<IReadOnlyList<CreditRiskOverviewEntry>> ListAsync(DateOnly complaintsFrom, DateOnly complaintsTo, CancellationToken cancellationToken = default);
}

/// <param name="Colour">绿码, 黄码, 红码 or 黑码.</param>
/// <param name="Complaints">投诉 records that occurred in the period asked for.</param>
public sealed record CreditRiskOverviewEntry(Guid OperatorUserId, Guid? TenantId, string Colour, int Complaints);

namespace PrepaidPlatform.Filing;

/// <summary>
/// Open 备案注销申请 (审核中 or 公示中), for the closure-risk early warning (issue 18 · 3). Read-only and set-based (one
/// query). The caller's district scope applies (the tenant filter): code that disabled it (the city, a job) reads every district.
/// </summary>
public interface IDeregistrationApplications
{
    Task<IReadOnlyList<OpenDeregistration>> ListOpenAsync(CancellationToken cancellationToken = default);
}

/// <param name="SubmittedAtUtc">When the operator submitted (or last re-submitted) the application.</param>
/// <param name="PublicNotice">公示中: the district agreed and the public notice runs; otherwise 审核中.</param>
public sealed record OpenDeregistration(Guid OperatorUserId, Guid? TenantId, DateTime SubmittedAtUtc, bool PublicNotice);

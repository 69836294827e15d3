namespace PrepaidPlatform.CreditRisk;

/// <summary>
/// 一公开 (issue 17 · 5): the published results of the districts' 双随机 inspections, for the public portal. Only public
/// fields of published draws, across districts (the portal has none); the inspectors and unpublished draws never leave.
/// </summary>
public interface IPublishedInspections
{
    /// <summary>Published results, newest publication first, one page.</summary>
    Task<IReadOnlyList<PublishedInspection>> LatestAsync(int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>The published results about one operator, newest first.</summary>
    Task<IReadOnlyList<PublishedInspection>> ForOperatorAsync(string uscc, CancellationToken cancellationToken = default);
}

/// <param name="TenantId">The district that inspected.</param>
/// <param name="Title">抽查任务名称.</param>
/// <param name="Result">检查结果 as published: 未发现问题, 发现问题 or 经营场所未找到.</param>
/// <param name="Note">检查情况, when recorded.</param>
public sealed record PublishedInspection(Guid DrawId, Guid? TenantId, string Title, DateTime PublishedAtUtc, string Uscc, string OperatorName, string Result, string? Note, DateTime? InspectedAtUtc);

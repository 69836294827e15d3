using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.CreditRisk;

/// <summary>
/// What the public sees of operators' credit may have changed: records were added (an 行政处罚 or 经营异常 is listed), or
/// risk codes and their public reasons changed. One event per recompute chunk, not per operator: a night changes
/// thousands of codes and a reader drops its cached pages as a whole. <paramref name="OperatorUserId"/> names the operator
/// when only one is concerned.
/// </summary>
public sealed record PublicCreditInformationChanged(Guid? OperatorUserId, string Trigger) : IIntegrationEvent
{
    /// <summary>
    /// Every operator concerned when the sender knows them (a night's chunk: those whose code, reasons or listing moved), so a
    /// reader keeping one answer per operator drops just theirs; null when only <see cref="OperatorUserId"/> says (null: all).
    /// </summary>
    public IReadOnlyList<Guid>? OperatorUserIds { get; init; }

    /// <summary>The operators concerned, or null for every operator.</summary>
    public IReadOnlyList<Guid>? Concerned() => OperatorUserIds ?? (OperatorUserId is { } one ? [one] : null);
}

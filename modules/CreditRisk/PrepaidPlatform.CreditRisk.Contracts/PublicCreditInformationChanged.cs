using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.CreditRisk;

/// <summary>
/// What the public sees of operators' credit may have changed: records were added (an 行政处罚 or 经营异常 is listed), or
/// risk codes and their public reasons changed. One event per recompute chunk, not per operator: a night changes
/// thousands of codes and a reader drops its cached pages as a whole. <paramref name="OperatorUserId"/> names the operator
/// when only one is concerned.
/// </summary>
public sealed record PublicCreditInformationChanged(Guid? OperatorUserId, string Trigger) : IIntegrationEvent;

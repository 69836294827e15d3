using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.CreditRisk;

/// <summary>
/// An operator's 合法性灯 may have changed (a 责令整改 order recorded, rectified or gone overdue, issue 17 · 4): its risk
/// code is recomputed after the step commits, outside the workflow's unit of work.
/// </summary>
public sealed record LegalityLightChanged(Guid OperatorUserId, Guid? TenantId, string Trigger) : IIntegrationEvent;

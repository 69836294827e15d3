using PrepaidPlatform.Platform.Events;

namespace PrepaidPlatform.Custody;

/// <summary>
/// An operator's custody turned 不足 (<paramref name="Compliant"/> false) or back to 达标 (SPEC C3), for CreditRisk.
/// Amounts in 分: what the rule asks after the insurance offset, what the bank reports in custody, and the gap (0 when met).
/// </summary>
public sealed record CustodyComplianceChanged(
    Guid OperatorUserId,
    Guid? TenantId,
    string Uscc,
    bool Compliant,
    long RequiredFen,
    long CustodyFen,
    long ShortfallFen,
    DateTime ChangedAtUtc) : IIntegrationEvent;

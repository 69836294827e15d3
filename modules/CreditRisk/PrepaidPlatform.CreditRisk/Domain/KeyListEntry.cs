using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.CreditRisk.Domain;

/// <summary>
/// An operator on its district's 双随机、一公开 重点抽查目录 (Shanghai plan §三(三)): entered when a 责令整改 order went
/// overdue (issue 17 · 4), or by the district with a reason. One row per operator: later reasons do not add rows.
/// </summary>
internal sealed class KeyListEntry : IMultiTenant
{
    public const int ReasonMaxLength = 300;

    private KeyListEntry()
    {
        Uscc = OperatorName = Reason = string.Empty;
    }

    public KeyListEntry(Guid id, Guid tenantId, Guid operatorUserId, string uscc, string operatorName, string reason, Guid? violationId, DateTime nowUtc)
        : this()
    {
        (Id, TenantId, OperatorUserId, Uscc, OperatorName) = (id, tenantId, operatorUserId, uscc, operatorName);
        (Reason, ViolationId, AddedAtUtc) = (reason, violationId, nowUtc);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid OperatorUserId { get; private set; }

    public string Uscc { get; private set; }

    public string OperatorName { get; private set; }

    /// <summary>列入原因.</summary>
    public string Reason { get; private set; }

    /// <summary>The overdue violation that put it here; null when the district listed it by hand.</summary>
    public Guid? ViolationId { get; private set; }

    public DateTime AddedAtUtc { get; private set; }
}

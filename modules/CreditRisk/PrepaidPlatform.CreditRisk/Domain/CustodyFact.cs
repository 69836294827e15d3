using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.CreditRisk.Domain;

/// <summary>
/// Custody's latest word on an operator (from <c>CustodyComplianceChanged</c>): short since when, by how much; or met.
/// The rules read 存管不足天数 from it, so the nightly recompute needs nothing of Custody's tables.
/// </summary>
internal sealed class CustodyFact : IMultiTenant
{
    private CustodyFact()
    {
        Uscc = string.Empty;
    }

    public CustodyFact(Guid operatorUserId, Guid? tenantId, string uscc)
    {
        (OperatorUserId, TenantId, Uscc) = (operatorUserId, tenantId, uscc);
    }

    public Guid OperatorUserId { get; private set; }

    public Guid? TenantId { get; private set; }

    public string Uscc { get; private set; }

    /// <summary>When the open shortfall began (UTC); null while custody is met.</summary>
    public DateTime? ShortSinceUtc { get; private set; }

    public long ShortfallFen { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }

    /// <summary>Applies an event unless a later one was applied already (the outbox may deliver out of order after a retry).</summary>
    public void Apply(bool compliant, long shortfallFen, DateTime changedAtUtc)
    {
        if (changedAtUtc < ChangedAtUtc)
        {
            return;
        }

        ShortSinceUtc = compliant ? null : ShortSinceUtc ?? changedAtUtc;
        ShortfallFen = compliant ? 0 : shortfallFen;
        ChangedAtUtc = changedAtUtc;
    }
}

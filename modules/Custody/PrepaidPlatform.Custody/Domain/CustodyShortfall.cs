using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Custody.Domain;

/// <summary>
/// One episode of 存管不足 (SPEC C3): from the evaluation that found the custody below the requirement to the one that found
/// it met again. The open episode is why the operator gets one message and one SMS, not one per statement.
/// </summary>
internal sealed class CustodyShortfall : IMultiTenant
{
    private CustodyShortfall()
    {
    }

    public CustodyShortfall(Guid id, CustodyOperator op, long shortfallFen, DateTime startedAtUtc)
    {
        Id = id;
        OperatorId = op.Id;
        TenantId = op.TenantId;
        ShortfallAtStartFen = shortfallFen;
        StartedAtUtc = startedAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid OperatorId { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    /// <summary>差额 when the episode opened, in 分.</summary>
    public long ShortfallAtStartFen { get; private set; }

    public void End(DateTime nowUtc) => EndedAtUtc = nowUtc;
}

using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Supervision.Domain;

/// <summary>
/// One operator as the snapshot of a quarter saw it: the row behind every dashboard figure, so the drill-down lists
/// exactly the operators a figure counted. Written only by <see cref="Application.SnapshotRefresh"/>; the latest refresh
/// within a quarter replaces the quarter's rows, earlier quarters stay as they were left (the trends).
/// </summary>
internal sealed class OperatorSnapshot : IMultiTenant
{
    public const int NameMaxLength = 200;
    public const int DimensionMaxLength = 100;

    private OperatorSnapshot()
    {
        Quarter = Uscc = Name = Industry = Street = CardSystem = CustodyMethod = Period = Colour = string.Empty;
    }

    public OperatorSnapshot(Guid id, string quarter, Guid operatorUserId, Guid? tenantId, string uscc, string name)
        : this()
    {
        (Id, Quarter, OperatorUserId, TenantId, Uscc, Name) = (id, quarter, operatorUserId, tenantId, uscc, name);
    }

    public Guid Id { get; private set; }

    /// <summary>The quarter key, "2026Q4".</summary>
    public string Quarter { get; private set; }

    public Guid OperatorUserId { get; private set; }

    /// <summary>The operator's district.</summary>
    public Guid? TenantId { get; private set; }

    public string Uscc { get; private set; }

    public string Name { get; private set; }

    /// <summary>所属行业 (name), <see cref="Dimensions.NoIndustry"/> when the filing has none.</summary>
    public string Industry { get; set; }

    /// <summary>所在街道 (name).</summary>
    public string Street { get; set; }

    /// <summary>The 启用 card system(s), or <see cref="Dimensions.NotConnected"/>.</summary>
    public string CardSystem { get; set; }

    /// <summary>资金存管方式.</summary>
    public string CustodyMethod { get; set; }

    /// <summary>发卡时间周期.</summary>
    public string Period { get; set; }

    /// <summary>预收资金余额 in 分 (0 when unknown).</summary>
    public long BalanceFen { get; set; }

    /// <summary>存管金额 in 分 (0 before a statement).</summary>
    public long CustodyFen { get; set; }

    /// <summary>存管达标.</summary>
    public bool Compliant { get; set; }

    public bool Connected { get; set; }

    /// <summary>绿码 / 黄码 / 红码 / 黑码.</summary>
    public string Colour { get; set; }

    /// <summary>12345预付卡投诉 in the quarter up to the snapshot day.</summary>
    public int Complaints { get; set; }

    public DateOnly FiledOn { get; set; }
}

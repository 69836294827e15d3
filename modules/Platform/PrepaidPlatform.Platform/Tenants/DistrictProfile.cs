using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Platform.Tenants;

/// <summary>
/// 区商务部门信息: what a district bureau tells operators and the public about itself (the name printed as 备案单位
/// on receipts, where and when it receives people; its phone is the setting 咨询电话, which has a city default). Each district keeps its own; no district may read or edit another's draft.
/// </summary>
internal sealed class DistrictProfile : IMultiTenant
{
    private DistrictProfile()
    {
        BureauName = Address = ServiceHours = string.Empty;
    }

    public DistrictProfile(Guid id, Guid tenantId, string bureauName)
    {
        Id = id;
        TenantId = tenantId;
        BureauName = bureauName;
        Address = ServiceHours = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    /// <summary>备案单位, e.g. 北京市石景山区商务局.</summary>
    public string BureauName { get; private set; }

    public string Address { get; private set; }

    /// <summary>受理时间, e.g. 工作日 9:00-17:00.</summary>
    public string ServiceHours { get; private set; }

    public DateTime? UpdatedAtUtc { get; private set; }

    public void Update(string bureauName, string address, string serviceHours, DateTime nowUtc)
    {
        BureauName = bureauName.Trim();
        Address = address.Trim();
        ServiceHours = serviceHours.Trim();
        UpdatedAtUtc = nowUtc;
    }
}

namespace PrepaidPlatform.Platform.Tenants;

/// <summary>A district commerce bureau (区商务部门). The code is GB/T 2260, or a platform code for an economic zone.</summary>
internal sealed class Tenant
{
    private Tenant()
    {
        Code = Name = string.Empty;
    }

    public Tenant(Guid id, string code, string name, int sortOrder)
    {
        Id = id;
        Code = code;
        Name = name;
        SortOrder = sortOrder;
        IsActive = true;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>e.g. 北京市石景山区商务局 — the name printed on receipts.</summary>
    public string BureauName => $"北京市{Name}商务局";
}

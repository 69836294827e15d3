namespace PrepaidPlatform.CreditRisk.Domain;

/// <summary>
/// 执法部门 the city keeps (Shanghai plan §四 线索告知, 集中执法): where a district refers a finding. Not a district's: one
/// list for the city. A 停用 department takes no new referrals; those already made keep its name.
/// </summary>
internal sealed class EnforcementDepartment
{
    public const int NameMaxLength = 100, ContactMaxLength = 200;

    private EnforcementDepartment()
    {
        Name = Contact = string.Empty;
    }

    public EnforcementDepartment(Guid id, string name, string contact, DateTime nowUtc)
        : this()
    {
        (Id, Name, Contact, IsActive, CreatedAtUtc) = (id, name, contact, true, nowUtc);
    }

    public Guid Id { get; private set; }

    /// <summary>部门名称, e.g. 市场监管综合执法.</summary>
    public string Name { get; private set; }

    /// <summary>联系方式: a desk and its telephone, as the city writes it.</summary>
    public string Contact { get; private set; }

    /// <summary>启用; false is 停用.</summary>
    public bool IsActive { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public void Update(string name, string contact, bool isActive) => (Name, Contact, IsActive) = (name, contact, isActive);
}

namespace PrepaidPlatform.Custody.Domain;

/// <summary>
/// 存管银行 or 保险机构 as the city registers it (SPEC C2, C4). A bank carries the code of <see cref="CustodyBanks"/> that
/// filings name, which is how its API credentials reach only the accounts opened with it. City-wide: no tenant.
/// </summary>
internal sealed class CustodyInstitution
{
    private CustodyInstitution()
    {
        Name = Uscc = ContactName = ContactPhone = string.Empty;
    }

    public CustodyInstitution(Guid id, InstitutionKind kind, string name, string uscc, string? bankCode, string contactName, string contactPhone, DateTime nowUtc)
        : this()
    {
        Id = id;
        Kind = kind;
        CreatedAtUtc = nowUtc;
        Update(name, uscc, bankCode, contactName, contactPhone);
    }

    public Guid Id { get; private set; }

    public InstitutionKind Kind { get; private set; }

    public string Name { get; private set; }

    /// <summary>统一社会信用代码 of the institution.</summary>
    public string Uscc { get; private set; }

    /// <summary>A bank's code in <see cref="CustodyBanks.All"/>; null for an insurer.</summary>
    public string? BankCode { get; private set; }

    public string ContactName { get; private set; }

    public string ContactPhone { get; private set; }

    public InstitutionStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public void Update(string name, string uscc, string? bankCode, string contactName, string contactPhone) =>
        (Name, Uscc, BankCode, ContactName, ContactPhone) = (name, uscc, Kind == InstitutionKind.Bank ? bankCode : null, contactName, contactPhone);

    public void SetStatus(InstitutionStatus status) => Status = status;
}

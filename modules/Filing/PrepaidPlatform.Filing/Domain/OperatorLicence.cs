using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Filing.Domain;

/// <summary>
/// The verified business licence of an operator (SPEC F1). It belongs to the district of the registered address and
/// is replaced only by a new verification (更新证照); a USCC appears once city-wide.
/// </summary>
internal sealed class OperatorLicence : IMultiTenant
{
    private OperatorLicence()
    {
        Uscc = Name = LegalRepresentative = RegisteredAddress = DistrictCode = Authority = BusinessScope = Form = VerifiedBy = string.Empty;
    }

    public OperatorLicence(Guid id, Guid tenantId, BusinessLicence licence, string verifiedBy, DateTime verifiedAtUtc)
        : this()
    {
        Id = id;
        TenantId = tenantId;
        Apply(licence, verifiedBy, verifiedAtUtc);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public string Uscc { get; private set; }

    public string Name { get; private set; }

    public string LegalRepresentative { get; private set; }

    public string RegisteredAddress { get; private set; }

    public string DistrictCode { get; private set; }

    public string Authority { get; private set; }

    public DateOnly RegistrationDate { get; private set; }

    /// <summary>注册资本 in 万元, exact.</summary>
    public decimal RegisteredCapitalWan { get; private set; }

    public string BusinessScope { get; private set; }

    public DateOnly TermFrom { get; private set; }

    public DateOnly? TermTo { get; private set; }

    public string Form { get; private set; }

    /// <summary>Which verifier confirmed it (the sandbox or the national service).</summary>
    public string VerifiedBy { get; private set; }

    public DateTime VerifiedAtUtc { get; private set; }

    public void Apply(BusinessLicence licence, string verifiedBy, DateTime verifiedAtUtc)
    {
        Uscc = licence.Uscc;
        Name = licence.Name;
        LegalRepresentative = licence.LegalRepresentative;
        RegisteredAddress = licence.RegisteredAddress;
        DistrictCode = licence.DistrictCode;
        Authority = licence.Authority;
        RegistrationDate = licence.RegistrationDate;
        RegisteredCapitalWan = licence.RegisteredCapitalWan;
        BusinessScope = licence.BusinessScope;
        TermFrom = licence.TermFrom;
        TermTo = licence.TermTo;
        Form = licence.Form;
        VerifiedBy = verifiedBy;
        VerifiedAtUtc = verifiedAtUtc;
    }

    public BusinessLicence ToLicence() => new(Uscc, Name, LegalRepresentative, RegisteredAddress, DistrictCode, Authority,
        RegistrationDate, RegisteredCapitalWan, BusinessScope, TermFrom, TermTo, Form);
}

using Microsoft.AspNetCore.Identity;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Identity.Domain;

/// <summary>A person or organisation account. Staff of a district and operators carry the district as tenant; city staff have none.</summary>
internal sealed class PlatformUser : IdentityUser<Guid>, IMultiTenant
{
    public PlatformUser()
    {
        Id = Guid.NewGuid();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public Guid? TenantId { get; set; }

    public PlatformSide Side { get; set; }

    /// <summary>姓名 or 经营者名称, shown in the header.</summary>
    public string DisplayName { get; set; } = string.Empty;

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>管理员姓名: the real-name administrator of an operator account (F1); staff have none.</summary>
    public string? AdministratorName { get; set; }

    /// <summary>The administrator's ID number (P3): encrypted, keyed hash, masked copy for pages.</summary>
    public string? IdNumberProtected { get; private set; }

    public string? IdNumberHash { get; private set; }

    public string? IdNumberMasked { get; private set; }

    /// <summary>The registered phone: codes for password reset go here; one phone registers one USCC (unique hash).</summary>
    public string? PhoneProtected { get; private set; }

    public string? PhoneHash { get; private set; }

    public string? PhoneMasked { get; private set; }

    /// <summary>When the 信息填报承诺书 was accepted at registration (or at the last administrator change).</summary>
    public DateTime? CommitmentAcceptedAtUtc { get; set; }

    /// <summary>Names the real-name administrator of an operator account (registration or 管理员变更).</summary>
    public void SetAdministrator(string name, ProtectedValue idNumber, ProtectedValue phone, DateTime commitmentAcceptedAtUtc)
    {
        AdministratorName = name;
        (IdNumberProtected, IdNumberHash, IdNumberMasked) = (idNumber.Protected, idNumber.Hash, idNumber.Masked);
        (PhoneProtected, PhoneHash, PhoneMasked) = (phone.Protected, phone.Hash, phone.Masked);
        CommitmentAcceptedAtUtc = commitmentAcceptedAtUtc;
    }
}

internal sealed class PlatformRole : IdentityRole<Guid>
{
    public PlatformRole()
    {
        Id = Guid.NewGuid();
    }

    public PlatformSide Side { get; set; }

    public string DisplayName { get; set; } = string.Empty;
}

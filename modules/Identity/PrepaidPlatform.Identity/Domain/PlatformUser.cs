using Microsoft.AspNetCore.Identity;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.MultiTenancy;

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

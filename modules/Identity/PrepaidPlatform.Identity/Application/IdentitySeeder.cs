using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using IPersonalDataProtector = PrepaidPlatform.Platform.Security.IPersonalDataProtector;

namespace PrepaidPlatform.Identity.Application;

/// <summary>
/// Roles with the permissions of their side (re-synced at every start, so a new module's permissions reach the roles),
/// and — when <c>Seed:DemoData</c> is on — one city administrator, one reviewer and one administrator per district and a
/// demo operator.
/// </summary>
internal static class IdentitySeeder
{
    internal const string CityAdminUserName = "cityadmin";
    internal const string DemoOperatorUserName = "91110107MA01AB2C3C";
    internal const string DemoOperatorName = "演示企业2";
    internal const string DemoOperatorDistrictCode = "110107";
    internal const string DemoAdministratorPhone = "13800000002";
    internal const string DemoAdministratorIdNumber = "11010519491231002X";

    /// <summary>
    /// The district permissions of 区管理员 alone: a reviewer who could publish 本区流程 could take the review step out of
    /// the process he reviews under (issue 15), so design and settings sit with another person.
    /// </summary>
    internal static readonly IReadOnlySet<string> DistrictAdministration = new HashSet<string>(StringComparer.Ordinal)
    {
        PlatformPermissions.DistrictSettingsManage,
        Workflows.WorkflowPermissions.OverridesManage,
    };

    internal static string ReviewerUserName(string districtCode) => "reviewer" + districtCode;

    internal static string DistrictAdminUserName(string districtCode) => "admin" + districtCode;

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var roles = services.GetRequiredService<RoleManager<PlatformRole>>();
        var permissions = services.GetRequiredService<PermissionDefinitionManager>();
        var district = permissions.ForSide(PlatformSide.District).Select(p => p.Name).ToList();
        await EnsureRoleAsync(roles, PlatformRoles.CityAdmin, "市商务委管理员", PlatformSide.City, permissions.ForSide(PlatformSide.City).Select(p => p.Name));
        await EnsureRoleAsync(roles, PlatformRoles.DistrictReviewer, "区商务部门审核人员", PlatformSide.District, district.Where(p => !DistrictAdministration.Contains(p)));
        await EnsureRoleAsync(roles, PlatformRoles.DistrictAdmin, "区管理员", PlatformSide.District,
            district.Where(p => DistrictAdministration.Contains(p) || p == PlatformPermissions.WorkbenchAccess));
        await EnsureRoleAsync(roles, PlatformRoles.OperatorAdmin, "经营者管理员", PlatformSide.Operator, permissions.ForSide(PlatformSide.Operator).Select(p => p.Name));

        await ProtectPlainTokensAsync(services, cancellationToken);

        var configuration = services.GetRequiredService<IConfiguration>();
        var demo = configuration.GetValue<bool>("Seed:DemoData");
        var password = demo ? configuration["Seed:DemoPassword"] : configuration["Seed:CityAdminPassword"];
        if (string.IsNullOrEmpty(password))
        {
            return;
        }

        var users = services.GetRequiredService<UserManager<PlatformUser>>();
        await EnsureUserAsync(users, CityAdminUserName, "市商务委管理员（演示）", PlatformSide.City, null, PlatformRoles.CityAdmin, password);
        if (!demo)
        {
            return;
        }

        foreach (var tenant in await services.GetRequiredService<ITenantDirectory>().ListAsync(cancellationToken))
        {
            await EnsureUserAsync(users, ReviewerUserName(tenant.Code), $"{tenant.Name}审核员（测试）", PlatformSide.District, tenant.Id, PlatformRoles.DistrictReviewer, password);
            await EnsureUserAsync(users, DistrictAdminUserName(tenant.Code), $"{tenant.Name}管理员（测试）", PlatformSide.District, tenant.Id, PlatformRoles.DistrictAdmin, password);
        }

        var operatorDistrict = await services.GetRequiredService<ITenantDirectory>().FindByCodeAsync(DemoOperatorDistrictCode, cancellationToken);
        var protector = services.GetRequiredService<IPersonalDataProtector>();
        await EnsureUserAsync(users, DemoOperatorUserName, DemoOperatorName, PlatformSide.Operator, operatorDistrict?.Id, PlatformRoles.OperatorAdmin, password,
            u => u.SetAdministrator("测试管理员", ProtectedValue.ForIdNumber(protector, DemoAdministratorIdNumber),
                ProtectedValue.ForPhone(protector, DemoAdministratorPhone), u.CreatedAtUtc));
        services.GetRequiredService<ILoggerFactory>().CreateLogger("PrepaidPlatform.Seed").LogInformation("Demo accounts ready");
    }

    /// <summary>The role holds exactly <paramref name="wanted"/>: a permission moved to another role leaves this one at the next start.</summary>
    private static async Task EnsureRoleAsync(RoleManager<PlatformRole> roles, string name, string displayName, PlatformSide side, IEnumerable<string> wanted)
    {
        var grants = wanted.ToHashSet(StringComparer.Ordinal);
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            role = new PlatformRole { Name = name, DisplayName = displayName, Side = side };
            Check(await roles.CreateAsync(role));
        }

        var granted = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PlatformClaimTypes.Permission).Select(c => c.Value).ToHashSet();
        foreach (var permission in grants.Where(p => !granted.Contains(p)))
        {
            Check(await roles.AddClaimAsync(role, new Claim(PlatformClaimTypes.Permission, permission)));
        }

        foreach (var stale in granted.Where(g => !grants.Contains(g)))
        {
            Check(await roles.RemoveClaimAsync(role, new Claim(PlatformClaimTypes.Permission, stale)));
        }
    }

    /// <summary>Authenticator seeds and recovery codes stored before <see cref="PlatformUserStore"/> encrypted them are encrypted now.</summary>
    private static async Task ProtectPlainTokensAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PlatformDbContext>();
        var protector = services.GetRequiredService<IPersonalDataProtector>();
        var plain = await db.Set<IdentityUserToken<Guid>>()
            .Where(t => t.Value != null && !t.Value.StartsWith(PlatformUserStore.ProtectedPrefix)).ToListAsync(cancellationToken);
        foreach (var token in plain)
        {
            token.Value = protector.Protect(token.Value!);
        }

        if (plain.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static async Task EnsureUserAsync(UserManager<PlatformUser> users, string userName, string displayName, PlatformSide side, Guid? tenantId, string role, string password,
        Action<PlatformUser>? configure = null)
    {
        if (await users.Users.AnyAsync(u => u.NormalizedUserName == users.NormalizeName(userName)))
        {
            return;
        }

        var user = new PlatformUser { UserName = userName, DisplayName = displayName, Side = side, TenantId = tenantId, CreatedAtUtc = DateTime.UtcNow, EmailConfirmed = true };
        configure?.Invoke(user);
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("初始化账号失败：" + string.Join("；", result.Errors.Select(e => e.Description)));
        }
    }
}

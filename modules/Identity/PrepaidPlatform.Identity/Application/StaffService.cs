using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Identity.Application;

/// <summary>The city's administration of district and city staff accounts. Every call works across districts, so each enters the city scope (which checks the permission).</summary>
internal sealed class StaffService(UserManager<PlatformUser> users, ICrossTenantAccess crossTenant, ITenantDirectory tenants)
{
    internal sealed record StaffRow(Guid Id, string UserName, string DisplayName, PlatformSide Side, string? District, string Role, bool IsActive, bool TwoFactorEnabled, DateTimeOffset? LockoutEnd);

    /// <param name="DistrictAdmin">A district account as 区管理员 (settings and 本区流程) instead of 审核员: one person does not hold both.</param>
    internal sealed record StaffInput(string UserName, string DisplayName, PlatformSide Side, Guid? TenantId, string Password, bool DistrictAdmin = false);

    public async Task<IReadOnlyList<StaffRow>> ListAsync(string? search, Guid? tenantId, CancellationToken cancellationToken)
    {
        using var scope = crossTenant.EnterCityScope();
        var districts = (await tenants.ListAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        var query = users.Users.AsNoTracking().Where(u => u.Side != PlatformSide.Operator);
        if (!string.IsNullOrWhiteSpace(search))
        {
            query = query.Where(u => u.UserName!.Contains(search) || u.DisplayName.Contains(search));
        }

        if (tenantId is not null)
        {
            query = query.Where(u => u.TenantId == tenantId);
        }

        var rows = await query.OrderBy(u => u.Side).ThenBy(u => u.UserName).Take(500).ToListAsync(cancellationToken);
        var admins = (await users.GetUsersInRoleAsync(PlatformRoles.DistrictAdmin)).Select(u => u.Id).ToHashSet();
        return rows.Select(u => new StaffRow(u.Id, u.UserName!, u.DisplayName, u.Side, u.TenantId is { } t && districts.TryGetValue(t, out var name) ? name : null,
            RoleOf(u.Side, admins.Contains(u.Id)), u.IsActive, u.TwoFactorEnabled, u.LockoutEnd)).ToList();
    }

    public async Task<IdentityResult> CreateAsync(StaffInput input)
    {
        using var scope = crossTenant.EnterCityScope();
        if (input.Side == PlatformSide.District && input.TenantId is null)
        {
            return IdentityResult.Failed(new IdentityError { Code = "DistrictRequired", Description = "区级工作人员须选择所属区。" });
        }

        if (input.Side == PlatformSide.Operator)
        {
            return IdentityResult.Failed(new IdentityError { Code = "NotStaff", Description = "经营者账号须通过经营者注册流程开通。" });
        }

        var user = new PlatformUser
        {
            UserName = input.UserName.Trim(),
            DisplayName = input.DisplayName.Trim(),
            Side = input.Side,
            TenantId = input.Side == PlatformSide.City ? null : input.TenantId,
            CreatedAtUtc = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return created;
        }

        return await users.AddToRoleAsync(user, RoleOf(input.Side, input.DistrictAdmin));
    }

    private static string RoleOf(PlatformSide side, bool districtAdmin) =>
        side == PlatformSide.City ? PlatformRoles.CityAdmin : districtAdmin ? PlatformRoles.DistrictAdmin : PlatformRoles.DistrictReviewer;

    public async Task<IdentityResult> SetActiveAsync(Guid id, bool active)
    {
        using var scope = crossTenant.EnterCityScope();
        var user = await FindStaffAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        user.IsActive = active;
        user.LockoutEnd = active ? null : DateTimeOffset.MaxValue;
        var result = await users.UpdateAsync(user);
        return result.Succeeded ? await users.UpdateSecurityStampAsync(user) : result;
    }

    public async Task<IdentityResult> ResetPasswordAsync(Guid id, string newPassword)
    {
        using var scope = crossTenant.EnterCityScope();
        var user = await FindStaffAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        return await users.ResetPasswordAsync(user, token, newPassword);
    }

    /// <summary>A lost phone: the authenticator is cleared and the person enrols a new one at the next sign-in.</summary>
    public async Task<IdentityResult> ResetAuthenticatorAsync(Guid id)
    {
        using var scope = crossTenant.EnterCityScope();
        var user = await FindStaffAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var disabled = await users.SetTwoFactorEnabledAsync(user, false);
        return disabled.Succeeded ? await users.ResetAuthenticatorKeyAsync(user) : disabled;
    }

    private Task<PlatformUser?> FindStaffAsync(Guid id) => users.Users.FirstOrDefaultAsync(u => u.Id == id && u.Side != PlatformSide.Operator);

    private static IdentityResult NotFound() => IdentityResult.Failed(new IdentityError { Code = "NotFound", Description = "未找到该工作人员账号。" });
}

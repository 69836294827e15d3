using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.MultiTenancy;
using IPersonalDataProtector = PrepaidPlatform.Platform.Security.IPersonalDataProtector;

namespace PrepaidPlatform.Identity.Application;

internal sealed class AccountDirectory(UserManager<PlatformUser> users, IDataFilter dataFilter, IPersonalDataProtector protector) : IAccountDirectory
{
    public async Task<bool> IsUserNameTakenAsync(string userName, CancellationToken cancellationToken)
    {
        // User names are unique city-wide, so the question is asked across districts; only a yes/no leaves this method.
        using var unfiltered = dataFilter.Disable<IMultiTenant>();
        var normalized = users.NormalizeName(userName.Trim());
        return await users.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken);
    }

    /// <summary>
    /// 一个手机号只能注册一个主体: whether an account other than <paramref name="exceptUserId"/> registered this phone
    /// (its keyed hash), in any district. Registration, 管理员变更 and its approval all ask it here.
    /// </summary>
    internal async Task<bool> IsPhoneTakenAsync(string phoneHash, Guid? exceptUserId, CancellationToken cancellationToken)
    {
        using var unfiltered = dataFilter.Disable<IMultiTenant>();
        return await users.Users.AnyAsync(u => u.PhoneHash == phoneHash && u.Id != exceptUserId, cancellationToken);
    }

    /// <summary>The operator account with this USCC, in any district (before sign-in there is no district yet).</summary>
    internal async Task<PlatformUser?> FindOperatorAsync(string uscc, CancellationToken cancellationToken)
    {
        using var unfiltered = dataFilter.Disable<IMultiTenant>();
        var normalized = users.NormalizeName(uscc.Trim());
        return await users.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized && u.Side == PlatformSide.Operator, cancellationToken);
    }

    public async Task<AccountAdministrator?> FindAdministratorAsync(Guid userId, CancellationToken cancellationToken)
    {
        // Behind the district filter: another district's account is not found.
        var row = await users.Users.AsNoTracking().Where(u => u.Id == userId && u.AdministratorName != null)
            .Select(u => new { u.AdministratorName, u.IdNumberMasked, u.PhoneMasked }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new AccountAdministrator(row.AdministratorName!, "中国大陆居民身份证", row.IdNumberMasked ?? string.Empty, row.PhoneMasked ?? string.Empty);
    }

    public async Task<string?> AdministratorPhoneForSmsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var protectedPhone = await users.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.PhoneProtected).FirstOrDefaultAsync(cancellationToken);
        return protectedPhone is null ? null : protector.Unprotect(protectedPhone);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> AdministratorPhonesForSmsAsync(
        IReadOnlyCollection<(Guid UserId, Guid? TenantId)> accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        if (accounts.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        // Several districts at once: read across them, then keep each account only in the district it was named with,
        // which is what the district filter does for the single lookup.
        var wanted = accounts.GroupBy(a => a.UserId).ToDictionary(g => g.Key, g => g.Select(a => a.TenantId).ToHashSet());
        var ids = wanted.Keys.ToList();
        using var unfiltered = dataFilter.Disable<IMultiTenant>();
        var rows = await users.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.PhoneProtected != null)
            .Select(u => new { u.Id, u.TenantId, u.PhoneProtected }).ToListAsync(cancellationToken);
        return rows.Where(r => wanted[r.Id].Contains(r.TenantId)).ToDictionary(r => r.Id, r => protector.Unprotect(r.PhoneProtected!));
    }

    /// <summary>区管理员 keep the district's settings and processes, not its supervision: they are no inspectors nor addressees.</summary>
    public async Task<IReadOnlyList<DistrictStaffMember>> DistrictStaffAsync(Guid districtId, CancellationToken cancellationToken)
    {
        var administrators = (await users.GetUsersInRoleAsync(PlatformRoles.DistrictAdmin)).Select(u => u.Id).ToList();
        return await users.Users.AsNoTracking().Where(u => u.TenantId == districtId && u.Side == PlatformSide.District && u.IsActive && !administrators.Contains(u.Id))
            .OrderBy(u => u.UserName).Select(u => new DistrictStaffMember(u.Id, u.UserName!, u.DisplayName)).ToListAsync(cancellationToken);
    }
}

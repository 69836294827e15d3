using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Identity.Application;

internal sealed class AccountDirectory(UserManager<PlatformUser> users, IDataFilter dataFilter) : IAccountDirectory
{
    public async Task<bool> IsUserNameTakenAsync(string userName, CancellationToken cancellationToken)
    {
        // User names are unique city-wide, so the question is asked across districts; only a yes/no leaves this method.
        using var unfiltered = dataFilter.Disable<IMultiTenant>();
        var normalized = users.NormalizeName(userName.Trim());
        return await users.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken);
    }

    public async Task<AccountAdministrator?> FindAdministratorAsync(Guid userId, CancellationToken cancellationToken)
    {
        // Behind the district filter: another district's account is not found.
        var row = await users.Users.AsNoTracking().Where(u => u.Id == userId && u.AdministratorName != null)
            .Select(u => new { u.AdministratorName, u.IdNumberMasked, u.PhoneMasked }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new AccountAdministrator(row.AdministratorName!, "中国大陆居民身份证", row.IdNumberMasked ?? string.Empty, row.PhoneMasked ?? string.Empty);
    }
}

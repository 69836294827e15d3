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
}

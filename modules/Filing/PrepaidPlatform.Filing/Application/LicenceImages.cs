using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// 证照图片 for the pages that show 证照信息: the operator its own licence's, district staff those of their district
/// (the tenant filter), the city every district's. Anyone else, or another operator's or district's licence, finds nothing.
/// </summary>
internal sealed class LicenceImages(PlatformDbContext db, ICurrentUser currentUser, IPermissionChecker permissions, ICrossTenantAccess crossTenant)
{
    /// <summary>Whether the licence has an image, in the caller's own scope (for the page that links to it).</summary>
    public Task<bool> ExistsAsync(Guid licenceId, CancellationToken cancellationToken) =>
        db.Set<OperatorLicenceImage>().AnyAsync(i => i.LicenceId == licenceId, cancellationToken);

    public async Task<OperatorLicenceImage?> ReadAsync(Guid licenceId, CancellationToken cancellationToken)
    {
        var images = db.Set<OperatorLicenceImage>().AsNoTracking().Where(i => i.LicenceId == licenceId);
        if (currentUser.Side == PlatformSide.Operator)
        {
            // Its own licence only (the user name is the USCC), not its district's others.
            var uscc = currentUser.UserName ?? string.Empty;
            return await images.Where(i => db.Set<OperatorLicence>().Any(l => l.Id == i.LicenceId && l.Uscc == uscc)).FirstOrDefaultAsync(cancellationToken);
        }

        if (permissions.IsGranted(PlatformPermissions.CrossTenant))
        {
            using var cityWide = crossTenant.EnterCityScope();
            return await images.FirstOrDefaultAsync(cancellationToken);
        }

        return permissions.IsGranted(FilingPermissions.ApplicationsRead) ? await images.FirstOrDefaultAsync(cancellationToken) : null;
    }
}

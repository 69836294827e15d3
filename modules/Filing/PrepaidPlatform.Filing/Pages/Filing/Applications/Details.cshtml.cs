using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Filing.Pages.Filing.Applications;

/// <summary>
/// A district reads one submitted application of its own district (the review itself is a later part of issue 6).
/// The tenant filter hides every other district's rows, so a forged id of another district answers 404; drafts stay
/// the operator's own until submitted.
/// </summary>
[Authorize(Policy = FilingPermissions.ApplicationsRead)]
internal sealed class DetailsModel(PlatformDbContext db, ITenantDirectory tenants, ICustodyAccountSection custody, FilingStatusReader statusReader) : PageModel
{
    public FilingSummaryView Summary { get; private set; } = null!;

    public FilingStatusView Status { get; private set; } = null!;

    public string? OperatorName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await db.Set<FilingApplication>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == id && a.Status != FilingApplicationStatus.Draft, cancellationToken);
        if (application is null)
        {
            return NotFound();
        }

        OperatorName = await db.Set<OperatorLicence>().Where(l => l.Uscc == application.Uscc).Select(l => l.Name).FirstOrDefaultAsync(cancellationToken);
        var district = application.DistrictCode is null ? null : await tenants.FindByCodeAsync(application.DistrictCode, cancellationToken);
        Summary = new FilingSummaryView(application, district?.Name, custody.Read(application), OperatorName);
        Status = await statusReader.ReadAsync(application, cancellationToken);
        return Page();
    }
}

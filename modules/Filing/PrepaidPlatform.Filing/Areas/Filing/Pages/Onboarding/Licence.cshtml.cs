using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Onboarding;

/// <summary>The verified licence, shown to the person who just verified it (the id travels in protected TempData, never in the URL).</summary>
[AllowAnonymous]
internal sealed class LicenceModel(LicenceOnboarding onboarding, IAccountDirectory accounts, ITenantDirectory tenants) : PageModel
{
    public OperatorLicence? Licence { get; private set; }

    public string DistrictName { get; private set; } = string.Empty;

    public bool AlreadyRegistered { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var id = TempData.PeekLicence();
        if (id is null || await onboarding.FindAsync(id.Value, cancellationToken) is not { } licence)
        {
            return RedirectToPage("./Register");
        }

        Licence = licence;
        DistrictName = licence.TenantId is { } tenantId ? (await tenants.FindAsync(tenantId, cancellationToken))?.Name ?? string.Empty : string.Empty;
        AlreadyRegistered = await accounts.IsUserNameTakenAsync(licence.Uscc, cancellationToken);
        return Page();
    }
}

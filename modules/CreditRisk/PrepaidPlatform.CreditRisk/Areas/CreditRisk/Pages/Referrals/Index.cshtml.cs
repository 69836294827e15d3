using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages.Referrals;

/// <summary>线索移交: the district's referrals (the city's: every district's, read-only), by status, paged.</summary>
[Authorize]
internal sealed class IndexModel(Application.Referrals referrals, ITenantDirectory tenants) : PageModel
{
    private IReadOnlyDictionary<Guid, string> _districts = new Dictionary<Guid, string>();

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    // Not "page": Razor Pages' own route value of that name wins over the query string.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Application.Referrals.Page Result { get; private set; } = new([], 0, 1);

    public bool IsCity => referrals.IsCity;

    public string DistrictName(Guid? tenantId) => tenantId is { } id && _districts.TryGetValue(id, out var name) ? name : string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!referrals.CanRead)
        {
            return Forbid();
        }

        ReferralStatus? status = Enum.TryParse<ReferralStatus>(Status, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        Result = await referrals.ListAsync(status, PageNumber, cancellationToken);
        if (IsCity)
        {
            _districts = (await tenants.ListAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        }

        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages.Referrals;

/// <summary>移交线索 (district): a finding of the district's — an inspection result or a violation — to a 启用 enforcement department.</summary>
[Authorize(Policy = CreditRiskPermissions.ReferralsManage)]
internal sealed class NewModel(Application.Referrals referrals, EnforcementDepartments departments) : PageModel
{
    [BindProperty]
    public ReferralForm Input { get; set; } = new();

    public ReferralOrigin Origin { get; private set; } = null!;

    public IReadOnlyList<EnforcementDepartment> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(ReferralSource source, Guid sourceId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(source, sourceId, cancellationToken))
        {
            return NotFound();
        }

        Input.Finding = Origin.Finding;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ReferralSource source, Guid sourceId, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var outcome = await referrals.ReferAsync(source, sourceId, Input.DepartmentId, Input.Finding, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = outcome.Message;
            return Redirect($"/CreditRisk/Referrals/{outcome.ReferralId}");
        }

        if (!await LoadAsync(source, sourceId, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddRefusal(outcome.Message, outcome.FieldErrors);
        return Page();
    }

    private async Task<bool> LoadAsync(ReferralSource source, Guid sourceId, CancellationToken cancellationToken)
    {
        if (await referrals.OriginAsync(source, sourceId, cancellationToken) is not { } origin)
        {
            return false;
        }

        Origin = origin;
        Departments = await departments.ActiveAsync(cancellationToken);
        return true;
    }
}

/// <summary>移交线索's fields.</summary>
internal sealed class ReferralForm
{
    public Guid? DepartmentId { get; set; }

    public string? Finding { get; set; }
}

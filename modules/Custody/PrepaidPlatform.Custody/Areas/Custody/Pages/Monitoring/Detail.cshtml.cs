using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Areas.Custody.Pages.Monitoring;

/// <summary>One supervised operator for district and city staff: its latest figures and the requirement section.</summary>
[Authorize]
internal sealed class DetailModel(CustodyMonitoring monitoring, CustodyRequirements requirements, IPermissionChecker permissions, IClock clock) : PageModel
{
    public CustodyOperator Operator { get; private set; } = null!;

    public CustodyRequirementView Requirement { get; private set; } = null!;

    public string LatestAsOf => clock.Format(Operator.LatestAsOfUtc);

    public string DishonestChangedAt => clock.Format(Operator.SeriousDishonestSetAtUtc);

    /// <summary>The city's staff who may list or delist the operator as 严重失信主体 get the link to do it.</summary>
    public bool CanSetDishonest => permissions.IsGranted(CustodyPermissions.SeriousDishonestManage);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!monitoring.CanRead)
        {
            return Forbid();
        }

        // Another district's operator is filtered out: the same 404 as an unknown id, so nothing tells it exists.
        if (await monitoring.FindAsync(id, cancellationToken) is not { } op)
        {
            return NotFound();
        }

        (Operator, Requirement) = (op, await requirements.EvaluateAsync(op, cancellationToken));
        return Page();
    }
}

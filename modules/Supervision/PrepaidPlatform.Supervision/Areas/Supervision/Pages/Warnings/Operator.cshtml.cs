using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Supervision.Application;
using PrepaidPlatform.Supervision.Application.Warnings;
using PrepaidPlatform.Supervision.Domain;

namespace PrepaidPlatform.Supervision.Areas.Supervision.Pages.Warnings;

/// <summary>One operator's closure-risk weeks with their reasons; another district's operator is not found.</summary>
[Authorize]
internal sealed class OperatorModel(SupervisionDashboard dashboard, ClosureWarningList warnings, IPermissionChecker permissions, IClock clock) : PageModel
{
    /// <summary>The district's 信用档案 of the operator (CreditRisk's page, district side only), where the records behind the reasons are.</summary>
    public string? ArchiveUrl => !dashboard.IsCity && permissions.IsGranted(CreditRiskPermissions.RecordsRead) ? "/CreditRisk/Archive/" + Latest.OperatorUserId.ToString("D") : null;

    public IReadOnlyList<ClosureWarning> Weeks { get; private set; } = [];

    public ClosureWarning Latest => Weeks[0];

    public string? DistrictName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!dashboard.CanRead)
        {
            return Forbid();
        }

        Weeks = await warnings.OperatorAsync(id, cancellationToken);
        if (Weeks.Count == 0)
        {
            return NotFound();
        }

        DistrictName = Latest.TenantId is { } t && (await dashboard.DistrictNamesAsync(cancellationToken)).TryGetValue(t, out var n) ? n : null;
        return Page();
    }

    public string Format(DateTime utc) => clock.Format(utc);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages.Inspections;

/// <summary>双随机、一公开 (district): the district's draws and the form of a new one.</summary>
[Authorize(Policy = CreditRiskPermissions.InspectionsManage)]
internal sealed class IndexModel(Application.Inspections inspections, ICurrentUser user) : PageModel
{
    public IReadOnlyList<InspectionDraw> Draws { get; private set; } = [];

    [BindProperty]
    public DrawForm Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Draws = await inspections.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await inspections.DrawAsync(Input.Title, Input.KeyCount, Input.OtherPercent, user.Id!.Value, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = outcome.Message;
            return Redirect($"/CreditRisk/Inspections/{outcome.DrawId}");
        }

        foreach (var (field, message) in outcome.FieldErrors)
        {
            ModelState.AddModelError("Input." + field, message);
        }

        if (outcome.FieldErrors.Count == 0)
        {
            ModelState.AddModelError(string.Empty, outcome.Message ?? "操作未完成。");
        }

        Draws = await inspections.ListAsync(cancellationToken);
        return Page();
    }
}

internal sealed class DrawForm
{
    public string? Title { get; set; }

    public int? KeyCount { get; set; } = 5;

    public int? OtherPercent { get; set; } = 5;
}

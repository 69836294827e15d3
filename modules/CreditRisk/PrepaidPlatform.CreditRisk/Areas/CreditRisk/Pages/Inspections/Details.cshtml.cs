using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages.Inspections;

/// <summary>One draw: its seed and inspectors, the drawn operators with their results (entered by the two inspectors), 复核 and 公开.</summary>
[Authorize(Policy = CreditRiskPermissions.InspectionsManage)]
internal sealed class DetailsModel(Application.Inspections inspections, ICurrentUser user) : PageModel
{
    public InspectionDraw Draw { get; private set; } = null!;

    public IReadOnlyList<InspectionItem> Items { get; private set; } = [];

    public bool IsInspector => user.Id is { } id && Draw.IsInspector(id);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostResultAsync(Guid id, Guid itemId, InspectionResult result, string? note, CancellationToken cancellationToken) =>
        AfterAsync(id, inspections.RecordAsync(itemId, result, note, user.Id!.Value, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReplayAsync(Guid id, CancellationToken cancellationToken) =>
        AfterAsync(id, inspections.ReplayAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken) =>
        AfterAsync(id, inspections.PublishAsync(id, cancellationToken), cancellationToken);

    private async Task<IActionResult> AfterAsync(Guid id, Task<InspectionOutcome> work, CancellationToken cancellationToken)
    {
        var outcome = await work;
        if (outcome.Succeeded)
        {
            Notice = outcome.Message;
            return Redirect($"/CreditRisk/Inspections/{id}");
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddModelError(string.Empty, outcome.Message ?? "操作未完成。");
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await inspections.FindAsync(id, cancellationToken) is not { } found)
        {
            return false;
        }

        (Draw, Items) = found;
        return true;
    }
}

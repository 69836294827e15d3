using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Identity.Application;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Identity.Areas.Identity.Pages.AdminChanges;

/// <summary>One request: current administrator beside the proposed one (masked), approve or reject with a reason.</summary>
[Authorize(Policy = WorkflowPermissions.Review)]
internal sealed class DetailsModel(AdminChangeReview review) : PageModel
{
    public AdminChangeRequest? ChangeRequest { get; private set; }

    public PlatformUser? Account { get; private set; }

    public WorkflowInstanceDto? Instance { get; private set; }

    /// <summary>One key per rendered form: a double-clicked button decides once.</summary>
    public string IdempotencyKey { get; private set; } = Guid.NewGuid().ToString("N");

    public string? Reason { get; private set; }

    public string? ReasonError { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(Guid id, int version, string idempotencyKey, CancellationToken cancellationToken) =>
        DecideAsync(id, "approve", null, version, idempotencyKey, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid id, string? reason, int version, string idempotencyKey, CancellationToken cancellationToken) =>
        DecideAsync(id, "reject", reason ?? string.Empty, version, idempotencyKey, cancellationToken);

    private async Task<IActionResult> DecideAsync(Guid id, string trigger, string? reason, int version, string idempotencyKey, CancellationToken cancellationToken)
    {
        var outcome = await review.DecideAsync(id, trigger, reason, version, idempotencyKey, cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            Notice = outcome.Message;
            return Page();
        }

        Reason = reason;
        ReasonError = outcome.FieldErrors.GetValueOrDefault("reason");
        if (ReasonError is null || outcome.FieldErrors.Count == 0)
        {
            ModelState.AddModelError(string.Empty, outcome.Message ?? "操作未完成。");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        ChangeRequest = await review.FindAsync(id, cancellationToken);
        if (ChangeRequest is null)
        {
            return false;
        }

        Account = await review.AccountAsync(ChangeRequest.UserId, cancellationToken);
        Instance = await review.InstanceAsync(id, cancellationToken);
        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Pages.Filing.Deregistrations;

/// <summary>One deregistration of the own district: the operator's conditions, the steps the workflow offers, the history.</summary>
[Authorize(Policy = FilingPermissions.ApplicationsRead)]
internal sealed class DetailsModel(DeregistrationReview review, IWorkflowRuntime workflows) : PageModel
{
    public FilingDeregistration Deregistration { get; private set; } = null!;

    public OperatorFiling? Filing { get; private set; }

    public WorkflowInstanceDto? Instance { get; private set; }

    public IReadOnlyList<WorkflowTriggerDto> Steps { get; private set; } = [];

    public IReadOnlyList<WorkflowJournalEntryDto> Journal { get; private set; } = [];

    public string IdempotencyKey { get; } = Guid.NewGuid().ToString("N");

    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> InputErrors { get; private set; } = new Dictionary<string, string>();

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string trigger, Dictionary<string, string>? values, int version, string idempotencyKey, CancellationToken cancellationToken)
    {
        values ??= [];
        var outcome = await review.DecideAsync(id, trigger ?? string.Empty, values, version, idempotencyKey ?? string.Empty, cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            Notice = outcome.Message;
            return Page();
        }

        Values = values;
        InputErrors = outcome.FieldErrors;
        if (outcome.FieldErrors.Count == 0)
        {
            ModelState.AddModelError(string.Empty, outcome.Message ?? "操作未完成。");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await review.FindAsync(id, cancellationToken) is not { } request)
        {
            return false;
        }

        Deregistration = request;
        Filing = await review.FilingAsync(request.FilingId, cancellationToken);
        if (request.WorkflowInstanceId is { } instanceId)
        {
            Instance = await workflows.FindAsync(instanceId, cancellationToken);
            Steps = await workflows.GetAvailableTriggersAsync(instanceId, cancellationToken);
            Journal = await workflows.GetJournalAsync(instanceId, cancellationToken);
        }

        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Application;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Shared;

/// <summary>
/// A district's page that decides one subject on its workflow (数据核对, 失信主体报送核对): the steps offered now, the
/// journal, and 通过 / 退回 posted once per rendered form. A subject the district cannot see is not found; a refused step
/// keeps the reason as typed and saves nothing.
/// </summary>
internal abstract class ReviewPageModel(IWorkflowRuntime workflows, IClock clock) : PageModel
{
    public WorkflowInstanceDto? Instance { get; private set; }

    public IReadOnlyList<WorkflowTriggerDto> Steps { get; private set; } = [];

    public IReadOnlyList<WorkflowJournalEntryDto> Journal { get; private set; } = [];

    /// <summary>One key per rendered form: a double-clicked button takes the step once.</summary>
    public string IdempotencyKey { get; } = Guid.NewGuid().ToString("N");

    public string? Reason { get; private set; }

    public IReadOnlyDictionary<string, string> InputErrors { get; private set; } = new Dictionary<string, string>();

    public string? Notice { get; private set; }

    public string Local(DateTime? utc) => clock.Format(utc);

    public ReviewFormView Review => new(Steps, Instance, IdempotencyKey, Reason, InputErrors, Journal, Local);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string? trigger, string? reason, int version, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var outcome = await DecideAsync(id, trigger ?? string.Empty, reason, version, idempotencyKey ?? string.Empty, cancellationToken);
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
        InputErrors = outcome.FieldErrors;
        if (outcome.FieldErrors.Count == 0)
        {
            ModelState.AddModelError(string.Empty, outcome.Message ?? "操作未完成。");
        }

        return Page();
    }

    /// <summary>Loads the subject of the own district; its workflow instance, or <c>Guid.Empty</c> when it never reached one; null when not found.</summary>
    protected abstract Task<Guid?> LoadSubjectAsync(Guid id, CancellationToken cancellationToken);

    protected abstract Task<VerificationOutcome> DecideAsync(Guid id, string trigger, string? reason, int version, string idempotencyKey, CancellationToken cancellationToken);

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadSubjectAsync(id, cancellationToken) is not { } instanceId)
        {
            return false;
        }

        if (instanceId != Guid.Empty)
        {
            Instance = await workflows.FindAsync(instanceId, cancellationToken);
            Steps = await workflows.GetAvailableTriggersAsync(instanceId, cancellationToken);
            Journal = await workflows.GetJournalAsync(instanceId, cancellationToken);
        }

        return true;
    }
}

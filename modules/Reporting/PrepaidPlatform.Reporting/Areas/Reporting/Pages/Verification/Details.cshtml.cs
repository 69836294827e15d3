using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Application;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Verification;

/// <summary>
/// 核对 one report of the own district: its figures beside the previous quarter's, the custody at quarter end against
/// what is required, the operator's 差异说明, and the steps the workflow offers now (通过, 退回 with the required
/// reason). Another district's report is not found (the tenant filter); a refused step keeps the reason as typed and
/// saves nothing.
/// </summary>
[Authorize(Policy = ReportingPermissions.ReportsVerify)]
internal sealed class DetailsModel(ReportVerification verification, IWorkflowRuntime workflows, IClock clock) : PageModel
{
    public QuarterlyReport Report { get; private set; } = null!;

    public QuarterlyReport? Previous { get; private set; }

    public bool Overdue { get; private set; }

    public WorkflowInstanceDto? Instance { get; private set; }

    public IReadOnlyList<WorkflowTriggerDto> Steps { get; private set; } = [];

    public IReadOnlyList<WorkflowJournalEntryDto> Journal { get; private set; } = [];

    /// <summary>One key per rendered form: a double-clicked button takes the step once.</summary>
    public string IdempotencyKey { get; } = Guid.NewGuid().ToString("N");

    public string? Reason { get; private set; }

    public IReadOnlyDictionary<string, string> InputErrors { get; private set; } = new Dictionary<string, string>();

    public string? Notice { get; private set; }

    public string Local(DateTime? utc) => clock.Format(utc);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, string? trigger, string? reason, int version, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var outcome = await verification.DecideAsync(id, trigger ?? string.Empty, reason, version, idempotencyKey ?? string.Empty, cancellationToken);
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

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await verification.FindAsync(id, cancellationToken) is not { } report)
        {
            return false;
        }

        Report = report;
        Previous = await verification.PreviousAsync(report, cancellationToken);
        Overdue = verification.IsOverdue(report);
        if (report.WorkflowInstanceId is { } instanceId)
        {
            Instance = await workflows.FindAsync(instanceId, cancellationToken);
            Steps = await workflows.GetAvailableTriggersAsync(instanceId, cancellationToken);
            Journal = await workflows.GetJournalAsync(instanceId, cancellationToken);
        }

        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages;

/// <summary>
/// A district page that takes the step the workflow offers on one subject (备案审核, 备案注销) through the
/// <c>_WorkflowSteps</c> form. After a post the page shows the subject as it is now, with the notice of the step
/// taken; a refused step keeps what was typed beside the inputs' messages, or shows the refusal above the form.
/// </summary>
internal abstract class WorkflowStepPageModel(IWorkflowRuntime workflows) : PageModel
{
    public WorkflowInstanceDto? Instance { get; private set; }

    public IReadOnlyList<WorkflowTriggerDto> Steps { get; private set; } = [];

    /// <summary>One key per rendered form: a double-clicked button takes the step once.</summary>
    public string IdempotencyKey { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The step inputs posted (驳回原因, 异议内容), shown again when the step was refused.</summary>
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> InputErrors { get; private set; } = new Dictionary<string, string>();

    public string? Notice { get; private set; }

    protected IWorkflowRuntime Workflows => workflows;

    /// <summary>Reads the subject for the page; <c>false</c> when it is not found (another district's).</summary>
    protected abstract Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The instance and the steps the workflow offers the signed-in user on it now.</summary>
    protected async Task LoadStepsAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        Instance = await workflows.FindAsync(instanceId, cancellationToken);
        Steps = await workflows.GetAvailableTriggersAsync(instanceId, cancellationToken);
    }

    /// <param name="values">The posted step inputs (<c>Values[name]</c>).</param>
    /// <param name="decide">Takes the step with the inputs; the page is read again afterwards, whatever the outcome.</param>
    protected async Task<IActionResult> TakeStepAsync(Guid id, Dictionary<string, string>? values, Func<IReadOnlyDictionary<string, string>, Task<FilingOutcome>> decide,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decide);
        values ??= [];
        var outcome = await decide(values);
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
}

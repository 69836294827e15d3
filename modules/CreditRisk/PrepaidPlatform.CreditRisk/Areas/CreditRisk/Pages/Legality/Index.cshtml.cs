using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages.Legality;

/// <summary>
/// 合法性灯 (district, issue 17 · 4): the district's violations with their 责令整改 orders, each operator's light, the form
/// that records a violation, and 确认已整改 on each open order.
/// </summary>
[Authorize(Policy = CreditRiskPermissions.LegalityManage)]
internal sealed class IndexModel(Application.Legality legality, IWorkflowRuntime workflows, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty]
    public ViolationForm Input { get; set; } = new();

    public IReadOnlyList<Violation> Violations { get; private set; } = [];

    /// <summary>Each open order's instance version, for 确认已整改's optimistic check.</summary>
    public IReadOnlyDictionary<Guid, int> Versions { get; private set; } = new Dictionary<Guid, int>();

    /// <summary>Each operator's light: the worst of its orders.</summary>
    public IReadOnlyDictionary<Guid, LegalityLight> Lights { get; private set; } = new Dictionary<Guid, LegalityLight>();

    /// <summary>
    /// One key for the page's forms: the journal holds it per instance, and each order has its own. It stays short — with the
    /// step's prefix it must fit the journal's 64 characters, which MariaDB enforces (a longer one failed every 确认已整改 there).
    /// </summary>
    public string IdempotencyKey { get; } = Guid.NewGuid().ToString("N");

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken cancellationToken)
    {
        var outcome = await legality.RecordAsync(Input.Uscc, Input.Description, Input.OrderNumber, Input.WorkingDays, user.Id!.Value, cancellationToken);
        return await AfterAsync(outcome, "Input.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRectifyAsync(Guid id, string? note, int version, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var outcome = await legality.RectifyAsync(id, note, version, idempotencyKey ?? string.Empty, cancellationToken);
        return await AfterAsync(outcome, string.Empty, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(LegalityOutcome outcome, string fieldPrefix, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            Notice = outcome.Message;
            return RedirectToPage();
        }

        foreach (var (field, message) in outcome.FieldErrors)
        {
            ModelState.AddModelError(fieldPrefix + field, message);
        }

        if (outcome.FieldErrors.Count == 0 || fieldPrefix.Length == 0)
        {
            ModelState.AddModelError(string.Empty, outcome.Message ?? "操作未完成。");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ViolationStatus? status = Enum.TryParse<ViolationStatus>(Status, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        Violations = await legality.ListAsync(status, cancellationToken);
        var open = Violations.Where(v => v.Status != ViolationStatus.Rectified && v.WorkflowInstanceId is not null).Select(v => v.WorkflowInstanceId!.Value).ToList();
        var instances = await workflows.FindManyAsync(open, cancellationToken);
        Versions = Violations.Where(v => v.WorkflowInstanceId is { } i && instances.ContainsKey(i))
            .ToDictionary(v => v.Id, v => instances[v.WorkflowInstanceId!.Value].Version);
        Lights = await legality.LightsAsync(Violations.Select(v => v.OperatorUserId).Distinct().ToList(), cancellationToken);
    }
}

/// <summary>录入违法违规's fields.</summary>
internal sealed class ViolationForm
{
    public string? Uscc { get; set; }

    public string? Description { get; set; }

    public string? OrderNumber { get; set; }

    public int? WorkingDays { get; set; }
}

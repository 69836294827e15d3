using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Web;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages;

/// <summary>备案信息 · 注销备案 (manual 五): the conditions, the application, then its status with the history.</summary>
[Authorize(Policy = FilingPermissions.ApplicationsManage)]
internal sealed class DeregisterModel(FilingDeregistrations deregistrations, FilingCodeReader filings, IWorkflowRuntime workflows, IRuleProfile rules, JournalActors actors)
    : PageModel
{
    [BindProperty]
    public DeregistrationInput Input { get; set; } = new();

    [BindProperty]
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");

    public FilingCodeView? Filing { get; private set; }

    public FilingDeregistration? Deregistration { get; private set; }

    public IReadOnlyList<WorkflowJournalEntryDto> Journal { get; private set; } = [];

    /// <summary>区级审核时限: the "3个工作日" of 五(一) is the city's setting.</summary>
    public int ReviewWorkingDays { get; private set; }

    /// <summary>办理人 of a history line: names, never account names.</summary>
    public Func<WorkflowJournalEntryDto, string> Actor { get; private set; } = _ => JournalActors.System;

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The form shows when there is a standing filing and no request under way (none yet, or 驳回).</summary>
    public bool CanApply => Filing is { Deregistered: false } && Deregistration?.Status is null or DeregistrationStatus.Rejected or DeregistrationStatus.Withdrawn;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await deregistrations.ApplyAsync(Input, IdempotencyKey, cancellationToken);
        if (outcome.Succeeded)
        {
            Notice = outcome.Message;
            return RedirectToPage();
        }

        ModelState.Clear();
        ModelState.AddRefusal(outcome.Message, outcome.FieldErrors);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Filing = await filings.MineAsync(cancellationToken);
        Deregistration = await deregistrations.MineAsync(cancellationToken);
        Journal = Deregistration?.WorkflowInstanceId is { } id ? await workflows.GetJournalAsync(id, cancellationToken) : [];
        ReviewWorkingDays = (await rules.GetAsync(cancellationToken)).ReviewWorkingDays;
        if (Deregistration is { } request)
        {
            Actor = await actors.ForAsync(request.OperatorUserId, request.TenantId, cancellationToken);
        }
    }
}

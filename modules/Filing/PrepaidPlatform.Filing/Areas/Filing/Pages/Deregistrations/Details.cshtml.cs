using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Deregistrations;

/// <summary>One deregistration of the own district: the operator's conditions, the steps the workflow offers, the history.</summary>
[Authorize(Policy = FilingPermissions.ApplicationsRead)]
internal sealed class DetailsModel(DeregistrationReview review, IWorkflowRuntime workflows, JournalActors actors) : WorkflowStepPageModel(workflows)
{
    public FilingDeregistration Deregistration { get; private set; } = null!;

    public OperatorFiling? Filing { get; private set; }

    public IReadOnlyList<WorkflowJournalEntryDto> Journal { get; private set; } = [];

    /// <summary>办理人 of a history line: names, never account names.</summary>
    public Func<WorkflowJournalEntryDto, string> Actor { get; private set; } = _ => JournalActors.System;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync(Guid id, string trigger, Dictionary<string, string>? values, int version, string idempotencyKey, CancellationToken cancellationToken) =>
        TakeStepAsync(id, values, v => review.DecideAsync(id, trigger ?? string.Empty, v, version, idempotencyKey ?? string.Empty, cancellationToken), cancellationToken);

    protected override async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await review.FindAsync(id, cancellationToken) is not { } request)
        {
            return false;
        }

        Deregistration = request;
        Filing = await review.FilingAsync(request.FilingId, cancellationToken);
        Actor = await actors.ForAsync(request.OperatorUserId, request.TenantId, cancellationToken);
        if (request.WorkflowInstanceId is { } instanceId)
        {
            await LoadStepsAsync(instanceId, cancellationToken);
            Journal = await Workflows.GetJournalAsync(instanceId, cancellationToken);
        }

        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Application;
using PrepaidPlatform.Reporting.Application.Dishonest;
using PrepaidPlatform.Reporting.Areas.Reporting.Pages.Shared;
using PrepaidPlatform.Reporting.Domain.Dishonest;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Verification.Dishonest;

/// <summary>
/// 核对 one 严重失信主体 filing of the own district: the month's figures or the audited statement (downloadable), and the
/// steps of <c>reporting.dishonest</c> (通过, 退回 with the required reason). Another district's filing is not found.
/// </summary>
[Authorize(Policy = ReportingPermissions.ReportsVerify)]
internal sealed class DetailsModel(DishonestVerification verification, IFileStore files, IWorkflowRuntime workflows, IClock clock) : ReviewPageModel(workflows, clock)
{
    public DishonestFiling Filing { get; private set; } = null!;

    public bool Overdue { get; private set; }

    /// <summary>The statement as filed, a PDF, to the district only (the same tenant filter as the page).</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await verification.FindAsync(id, cancellationToken) is not { FileKey: { } key } filing
            || await files.OpenReadAsync(key, cancellationToken) is not { } content)
        {
            return NotFound();
        }

        return File(content, "application/pdf", filing.FileName ?? filing.Period.Label + ".pdf");
    }

    protected override Task<VerificationOutcome> DecideAsync(Guid id, string trigger, string? reason, int version, string idempotencyKey, CancellationToken cancellationToken) =>
        verification.DecideAsync(id, trigger, reason, version, idempotencyKey, cancellationToken);

    protected override async Task<Guid?> LoadSubjectAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await verification.FindAsync(id, cancellationToken) is not { } filing)
        {
            return null;
        }

        Filing = filing;
        Overdue = verification.IsOverdue(filing);
        return filing.WorkflowInstanceId ?? Guid.Empty;
    }
}

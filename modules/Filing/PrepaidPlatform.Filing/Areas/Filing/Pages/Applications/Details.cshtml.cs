using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Applications;

/// <summary>
/// 备案审核: the district reads one submitted application of its own district and takes the step the workflow offers
/// (受理, 审核通过, 驳回 with a reason). The tenant filter hides every other district's rows, so a forged id answers 404;
/// drafts stay the operator's own. Which buttons show, and whether a step is allowed, is the workflow's call.
/// </summary>
[Authorize(Policy = FilingPermissions.ApplicationsRead)]
internal sealed class DetailsModel(PlatformDbContext db, ITenantDirectory tenants, ICustodyAccounts custody, FilingStatusReader statusReader,
    FilingReview review, IWorkflowRuntime workflows, FilingUploads uploads, IFileStore files, LicenceImages licenceImages) : WorkflowStepPageModel(workflows)
{
    public IReadOnlyCollection<FilingAttachment> Attachments { get; private set; } = [];

    /// <summary>变更备案: what the change asks for against the data on file (null for a registration or once confirmed).</summary>
    public IReadOnlyList<FilingChangeLine>? Changes { get; private set; }

    public FilingSummaryView Summary { get; private set; } = null!;

    public FilingStatusView Status { get; private set; } = null!;

    public string? OperatorName { get; private set; }

    public OperatorFiling? Filing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>An upload of an application of the own district (another district's id is not found).</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, AttachmentKind kind, CancellationToken cancellationToken)
    {
        var application = await review.FindAsync(id, cancellationToken);
        var attachment = application is null ? null : (await uploads.OfAsync(application.Id, cancellationToken)).FirstOrDefault(a => a.Kind == kind);
        var content = attachment is null ? null : await files.OpenReadAsync(attachment.StoreKey, cancellationToken);
        return content is null ? NotFound() : File(content, attachment!.ContentType, attachment.FileName);
    }

    public Task<IActionResult> OnPostAsync(Guid id, string trigger, Dictionary<string, string>? values, int version, string idempotencyKey, CancellationToken cancellationToken) =>
        TakeStepAsync(id, values, v => review.DecideAsync(id, trigger ?? string.Empty, v.GetValueOrDefault("reason"), version, idempotencyKey ?? string.Empty, cancellationToken),
            cancellationToken);

    protected override async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await review.FindAsync(id, cancellationToken);
        if (application is null)
        {
            return false;
        }

        var licence = await db.Set<OperatorLicence>().AsNoTracking().FirstOrDefaultAsync(l => l.Uscc == application.Uscc, cancellationToken);
        OperatorName = licence?.Name;
        var district = application.DistrictCode is null ? null : await tenants.FindByCodeAsync(application.DistrictCode, cancellationToken);
        Summary = new FilingSummaryView(application, district?.Name, await custody.ReadAsync(application.Id, cancellationToken), OperatorName)
        {
            Licence = licence is null ? null : new LicenceSectionView(licence, await licenceImages.ExistsAsync(licence.Id, cancellationToken), CanUpdate: false),
        };
        Status = await statusReader.ReadAsync(application, cancellationToken);
        Filing = await review.FilingOfAsync(application, cancellationToken);
        Attachments = await uploads.OfAsync(application.Id, cancellationToken);
        if (application.Kind == FilingApplicationKind.Change && application.FilingId is { } filingId
            && await db.Set<OperatorFiling>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == filingId, cancellationToken) is { } onFile
            && onFile.ApplicationId != application.Id
            && await db.Set<FilingApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == onFile.ApplicationId, cancellationToken) is { } filed)
        {
            Changes = FilingDiff.Compare(filed, application, await custody.ReadAsync(filed.Id, cancellationToken), await custody.ReadAsync(application.Id, cancellationToken),
                await custody.RevealAsync(filed.Id, cancellationToken) != await custody.RevealAsync(application.Id, cancellationToken),
                await uploads.OfAsync(filed.Id, cancellationToken), Attachments);
        }
        if (application.WorkflowInstanceId is { } instanceId)
        {
            await LoadStepsAsync(instanceId, cancellationToken);
        }

        return true;
    }
}

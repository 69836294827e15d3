using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages.Archive;

/// <summary>
/// An operator's 信用档案 (district, issue 17 · 1–2): every record by class with its source, the current code with its
/// reasons (each linked to its records), whether it is barred from issuing, and the code's history.
/// </summary>
[Authorize(Policy = CreditRiskPermissions.RecordsRead)]
internal sealed class DetailsModel(CreditArchive archive, IFileStore files, IClock clock) : PageModel
{
    public ArchiveView View { get; private set; } = null!;

    public IClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await archive.FindAsync(id, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    /// <summary>A manual entry's attachment, for the district that holds the record.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(Guid recordId, CancellationToken cancellationToken)
    {
        var record = await archive.RecordAsync(recordId, cancellationToken);
        if (record?.AttachmentKey is not { } key || await files.OpenReadAsync(key, cancellationToken) is not { } stream)
        {
            return NotFound();
        }

        return File(stream, "application/octet-stream", record.AttachmentName);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Platform.Risk;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages.Archive;

/// <summary>
/// An operator's 信用档案 (district, issue 17 · 1–2): every record by class with its source, the current code with its
/// reasons (each linked to its records), whether it is barred from issuing, the 未对接 warning light when no card system
/// feeds Reporting's T+1 figures, and the code's history.
/// </summary>
[Authorize(Policy = CreditRiskPermissions.RecordsRead)]
internal sealed class DetailsModel(CreditArchive archive, IEnumerable<IReportingRiskFacts> reporting, IFileStore files, IClock clock) : PageModel
{
    public ArchiveView View { get; private set; } = null!;

    public IClock Clock => clock;

    /// <summary>The T+1 card system(s); null when 未对接 (the warning light).</summary>
    public string? CardSystemName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await archive.FindAsync(id, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        CardSystemName = reporting.SingleOrDefault() is { } facts && (await facts.ForOperatorsAsync([id], cancellationToken)).GetValueOrDefault(id) is { } fact
            ? fact.CardSystemName : null;
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

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages;

/// <summary>备案信息 · 备案回执 (F6): printable page and the same receipt as a PDF download.</summary>
[Authorize(Policy = FilingPermissions.ApplicationsManage)]
internal sealed class ReceiptModel(FilingCodeReader reader, FilingCodeLinks links, FilingDocuments documents) : PageModel
{
    public FilingCodeView? View { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        View = await reader.MineAsync(cancellationToken);

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        var view = await reader.MineAsync(cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        return File(documents.Receipt(view, links.PublicUrl(Request, view.FilingNumber)), "application/pdf", $"备案回执-{view.FilingNumber}.pdf");
    }
}

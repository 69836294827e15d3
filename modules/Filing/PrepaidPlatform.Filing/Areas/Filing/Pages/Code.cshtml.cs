using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages;

/// <summary>备案管理 · 备案码: the operator's own code as the public sees it, with the QR code and the printable material (下载物料).</summary>
[Authorize(Policy = FilingPermissions.ApplicationsManage)]
internal sealed class CodeModel(FilingCodeReader reader, FilingCodeLinks links, FilingDocuments documents) : PageModel
{
    public FilingCodeView? View { get; private set; }

    public string? PublicUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await reader.MineAsync(cancellationToken);
        PublicUrl = View is null ? null : links.PublicUrl(Request, View.FilingNumber);
    }

    /// <summary>下载物料: the printable poster with the QR code.</summary>
    public async Task<IActionResult> OnGetPosterAsync(CancellationToken cancellationToken)
    {
        var view = await reader.MineAsync(cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        return File(documents.Poster(view, links.PublicUrl(Request, view.FilingNumber)), "image/png", $"备案码-{view.FilingNumber}.png");
    }
}

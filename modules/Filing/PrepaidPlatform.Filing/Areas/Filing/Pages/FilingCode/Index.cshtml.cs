using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Documents;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.FilingCode;

/// <summary>
/// The public filing-code page (F5): a consumer scans the QR code on the shop's poster, or types the 备案编号, and sees
/// whether the operator is filed, its public facts and risk indicators, and whether the district suspended the code.
/// </summary>
[AllowAnonymous]
internal sealed partial class IndexModel(FilingCodeReader reader, FilingCodeLinks links, FilingCodeImages images) : PageModel
{
    public FilingCodeView? View { get; private set; }

    public string? Query { get; private set; }

    public string? NotFoundNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? number, string? q, CancellationToken cancellationToken)
    {
        if (number is null && !string.IsNullOrWhiteSpace(q))
        {
            // The search box lands on the filing's own address, the one its QR code carries.
            return Redirect("/FilingCode/" + Uri.EscapeDataString(q.Trim().ToUpperInvariant()));
        }

        Query = number;
        if (number is null)
        {
            return Page();
        }

        View = FilingNumberPattern().IsMatch(number) ? await reader.PublicByNumberAsync(number, cancellationToken) : null;
        if (View is null)
        {
            NotFoundNumber = number;
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    /// <summary>The QR code of this page's address, for the page itself and for printing.</summary>
    public async Task<IActionResult> OnGetQrAsync(string? number, CancellationToken cancellationToken)
    {
        if (number is null || !FilingNumberPattern().IsMatch(number) || await reader.PublicByNumberAsync(number, cancellationToken) is null)
        {
            return NotFound();
        }

        return File(images.QrPng(links.PublicUrl(Request, number)), "image/png");
    }

    [GeneratedRegex("^SW[0-9]{13}$")]
    private static partial Regex FilingNumberPattern();
}

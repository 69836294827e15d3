using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Portal.Application;

namespace PrepaidPlatform.Portal.Areas.Portal.Pages.Gongshi;

/// <summary>
/// An operator's public page (信用公示 · 经营者详情) by its 备案编号. A number no filing has answers 404 with a notice (a
/// misprinted or forged poster should tell the consumer to be careful, not show a blank error).
/// </summary>
[AllowAnonymous]
internal sealed class OperatorModel(PublicDisclosure disclosure) : PageModel
{
    public OperatorDisclosure? Disclosure { get; private set; }

    public string Number { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string number)
    {
        Number = PublicDisclosure.Normalize(number) ?? string.Empty;
        Disclosure = await disclosure.OperatorAsync(number);
        if (Disclosure is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}

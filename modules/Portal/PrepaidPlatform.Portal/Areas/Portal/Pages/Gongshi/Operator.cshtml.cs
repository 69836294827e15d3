using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Portal.Application;

namespace PrepaidPlatform.Portal.Areas.Portal.Pages.Gongshi;

/// <summary>An operator's public page (信用公示 · 经营者详情) by its 备案编号; 404 for a number no filing has.</summary>
[AllowAnonymous]
internal sealed class OperatorModel(PublicDisclosure disclosure) : PageModel
{
    public OperatorDisclosure Disclosure { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string number)
    {
        if (await disclosure.OperatorAsync(number) is not { } found)
        {
            return NotFound();
        }

        Disclosure = found;
        return Page();
    }
}

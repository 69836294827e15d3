using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Onboarding;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Onboarding;

[AllowAnonymous]
internal sealed class DoneModel : PageModel
{
    public string Uscc { get; private set; } = string.Empty;

    public IActionResult OnGet()
    {
        if (TempData.TakeRegistered() is not { } uscc)
        {
            return Redirect("/Account/Login");
        }

        Uscc = uscc;
        return Page();
    }
}

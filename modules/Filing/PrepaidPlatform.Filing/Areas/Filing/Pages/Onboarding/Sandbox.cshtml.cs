using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Onboarding;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Onboarding;

/// <summary>
/// The sandbox's stand-in for the licence app: pick a demo entity and confirm as its legal representative. Only while
/// the sandbox is the configured verifier (Development and Testing); otherwise the page does not exist.
/// </summary>
[AllowAnonymous]
internal sealed class SandboxModel(IBusinessLicenceVerifier verifier) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "challenge")]
    public string ChallengeId { get; set; } = string.Empty;

    [BindProperty]
    public string Uscc { get; set; } = string.Empty;

    public bool Confirmed { get; private set; }

    public IReadOnlyList<BusinessLicence> Entities => SandboxEntities.All;

    public IActionResult OnGet() => verifier is SandboxLicenceVerifier ? Page() : NotFound();

    public IActionResult OnPost()
    {
        if (verifier is not SandboxLicenceVerifier sandbox)
        {
            return NotFound();
        }

        if (sandbox.Confirm(ChallengeId, Uscc) is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
            return Page();
        }

        Confirmed = true;
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Onboarding;

/// <summary>阅读确认《信息填报承诺书》，点击“完成”，即完成注册: the account is created here and nowhere earlier.</summary>
[AllowAnonymous]
[EnableRateLimiting(PlatformRateLimits.Registration)]
internal sealed class CommitmentModel(IOperatorRegistration registration) : PageModel
{
    public RegistrationTicketSummary? Summary { get; private set; }

    public IActionResult OnGet()
    {
        if (TempData.PeekTicket() is not { } ticket || registration.Read(ticket) is not { } summary)
        {
            return TempData.PeekLicence() is null ? RedirectToPage("./Register") : RedirectToPage("./Administrator");
        }

        Summary = summary;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (TempData.PeekTicket() is not { } ticket || registration.Read(ticket) is not { } summary)
        {
            return TempData.PeekLicence() is null ? RedirectToPage("./Register") : RedirectToPage("./Administrator");
        }

        var result = await registration.CompleteAsync(ticket, cancellationToken);
        if (!result.Succeeded)
        {
            Summary = summary;
            ModelState.AddModelError(string.Empty, result.Message ?? "注册未完成，请重试。");
            return Page();
        }

        TempData.Finish(summary.Uscc);
        return RedirectToPage("./Done");
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Onboarding;

/// <summary>
/// 管理员变更: reached only right after the legal representative verified the licence of an entity that already has an
/// account (问 2 · 已无法使用原注册手机号). The request goes to the district for review.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PlatformRateLimits.Registration)]
internal sealed class AdminChangeModel(LicenceOnboarding onboarding, IAdministratorChange change, IAccountDirectory accounts) : PageModel
{
    [BindProperty]
    public AdministratorInput Input { get; set; } = new();

    public string OperatorName { get; private set; } = string.Empty;

    public string Uscc { get; private set; } = string.Empty;

    public string? CodeMessage { get; private set; }

    public string? Submitted { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostSendCodeAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        ModelState.Clear();
        var result = await change.SendCodeAsync(Uscc, Input.Phone ?? string.Empty, cancellationToken);
        if (result.Succeeded)
        {
            CodeMessage = result.Message;
        }
        else
        {
            ModelState.AddRefusal(result.Message, result.FieldErrors);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        ModelState.Clear();
        var result = await change.RequestAsync(new AdministratorChangeApplication(Uscc, Input.RealName, Input.IdNumber, Input.Phone, Input.Code,
            Input.Password, Input.ConfirmPassword, Input.Reason, Input.AgreedToTerms), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddRefusal(result.Message, result.FieldErrors);
            return Page();
        }

        // The licence confirmation is spent: another request needs the legal representative again.
        TempData.Finish(Uscc);
        TempData.TakeRegistered();
        Submitted = result.Message;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (TempData.PeekLicence() is not { } id || await onboarding.FindAsync(id, cancellationToken) is not OperatorLicence licence)
        {
            return RedirectToPage("./Register");
        }

        if (!await accounts.IsUserNameTakenAsync(licence.Uscc, cancellationToken))
        {
            return RedirectToPage("./Administrator");
        }

        OperatorName = licence.Name;
        Uscc = licence.Uscc;
        return null;
    }
}

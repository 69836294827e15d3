using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Onboarding;

/// <summary>二、管理员实名注册 · 个人信息验证: name, ID number, phone with SMS code, password, agreement; then 承诺书.</summary>
[AllowAnonymous]
[EnableRateLimiting(PlatformRateLimits.Registration)]
internal sealed class AdministratorModel(LicenceOnboarding onboarding, IOperatorRegistration registration, IAccountDirectory accounts) : PageModel
{
    [BindProperty]
    public AdministratorInput Input { get; set; } = new();

    public string OperatorName { get; private set; } = string.Empty;

    public string Uscc { get; private set; } = string.Empty;

    public string? CodeMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is { } redirect ? redirect : Page();

    public async Task<IActionResult> OnPostSendCodeAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        ModelState.Clear();
        var result = await registration.SendCodeAsync(Input.Phone ?? string.Empty, cancellationToken);
        if (result.Succeeded)
        {
            CodeMessage = result.Message;
        }
        else
        {
            Show(result);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostNextAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }

        ModelState.Clear();
        var licence = (await onboarding.FindAsync(TempData.PeekLicence()!.Value, cancellationToken))!;
        var result = await registration.PrepareAsync(new AdministratorApplication(licence.Uscc, licence.Name, licence.TenantId!.Value,
            Input.RealName, Input.IdNumber, Input.Phone, Input.Code, Input.Password, Input.ConfirmPassword, Input.AgreedToTerms), cancellationToken);
        if (!result.Succeeded)
        {
            Show(result);
            return Page();
        }

        TempData.SetTicket(result.Ticket!);
        return RedirectToPage("./Commitment");
    }

    /// <summary>Only right after a licence verification, and only for an entity without an account.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (TempData.PeekLicence() is not { } id || await onboarding.FindAsync(id, cancellationToken) is not OperatorLicence licence)
        {
            return RedirectToPage("./Register");
        }

        if (await accounts.IsUserNameTakenAsync(licence.Uscc, cancellationToken))
        {
            return RedirectToPage("./Licence");
        }

        OperatorName = licence.Name;
        Uscc = licence.Uscc;
        return null;
    }

    private void Show(RegistrationStep result) => ModelState.AddRefusal(result.Message, result.FieldErrors);
}

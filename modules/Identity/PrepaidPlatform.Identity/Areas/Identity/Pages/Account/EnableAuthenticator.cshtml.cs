using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Identity.Application;
using PrepaidPlatform.Identity.Domain;
using QRCoder;

namespace PrepaidPlatform.Identity.Areas.Identity.Pages.Account;

/// <summary>
/// Enrols an authenticator app (TOTP): scan the QR code or type the key, then confirm with a code. Once two factors
/// are on, the live key is never shown again (a stolen session must not copy the second factor) and the page only says so.
/// </summary>
[Authorize]
internal sealed class EnableAuthenticatorModel(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn) : PageModel
{
    public string SharedKey { get; private set; } = string.Empty;

    public string QrCodeDataUri { get; private set; } = string.Empty;

    public bool AlreadyEnabled { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "请输入动态口令")]
    [Display(Name = "动态口令")]
    public string Code { get; set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("./Login");
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("./Login");
        }

        if (user.TwoFactorEnabled)
        {
            AlreadyEnabled = true;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "动态口令不正确，请核对身份验证器上的最新口令。");
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        // Enrolment proved possession of the second factor: the session continues as a two-factor one.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(SignInClaims.AuthenticationMethod, SignInClaims.MultiFactor)]);
        TempData["Message"] = "身份验证器已绑定，以后登录时须输入动态口令。";
        return LocalRedirect(LoginModel.HomeOf(user.Side));
    }

    private async Task LoadAsync(PlatformUser user)
    {
        AlreadyEnabled = user.TwoFactorEnabled;
        if (AlreadyEnabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = FormatKey(key!);
        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            Uri.EscapeDataString("预付卡监管平台"), Uri.EscapeDataString(user.UserName!), key);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLowerInvariant();
    }
}

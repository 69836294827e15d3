using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Identity.Areas.Identity.Pages.Account;

/// <summary>The second factor: a 6-digit code from the authenticator app (TOTP, RFC 6238).</summary>
[AllowAnonymous]
internal sealed class LoginWith2faModel(SignInManager<PlatformUser> signIn, IDataFilter dataFilter) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请输入动态口令")]
    [StringLength(7, MinimumLength = 6, ErrorMessage = "动态口令为6位数字")]
    [Display(Name = "动态口令")]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        using (dataFilter.Disable<IMultiTenant>())
        {
            return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("./Login") : Page();
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        using (dataFilter.Disable<IMultiTenant>())
        {
            var user = await signIn.GetTwoFactorAuthenticationUserAsync();
            if (user is null)
            {
                return RedirectToPage("./Login");
            }

            var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
            var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false);
            if (result.Succeeded)
            {
                return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : LoginModel.HomeOf(user.Side));
            }

            ModelState.AddModelError(string.Empty, result.IsLockedOut ? "验证失败次数过多，账号已被锁定 30 分钟。" : "动态口令不正确，请核对身份验证器上的最新口令。");
            return Page();
        }
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PrepaidPlatform.Identity.Application;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Identity.Areas.Identity.Pages.Account;

/// <summary>
/// 修改密码 (其他说明 · 方式 2): 完成密码修改，并重新登陆服务系统. The new security stamp also ends the account's other
/// sessions at their next request's stamp check (at most one validation interval later).
/// </summary>
[Authorize]
[EnableRateLimiting(PlatformRateLimits.SignIn)]
internal sealed class ChangePasswordModel(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn) : PageModel
{
    [BindProperty]
    public ChangeInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        if (string.IsNullOrEmpty(Input.CurrentPassword))
        {
            ModelState.AddModelError("Input.CurrentPassword", "请输入原密码。");
        }

        foreach (var (field, message) in await PasswordRecovery.NewPasswordErrorsAsync(users, Input.Password, Input.ConfirmPassword))
        {
            ModelState.AddModelError($"Input.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.Password == Input.CurrentPassword)
        {
            ModelState.AddModelError("Input.Password", "新密码不能与原密码相同。");
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : string.Empty, error.Description);
            }

            return Page();
        }

        await signIn.SignOutAsync();
        TempData[LoginModel.NoticeKey] = "密码已修改，请使用新密码重新登录。";
        return RedirectToPage("./Login", new { userName = user.UserName });
    }

    internal sealed class ChangeInput
    {
        [DataType(DataType.Password)]
        [Display(Name = "原密码")]
        public string? CurrentPassword { get; set; }

        [DataType(DataType.Password)]
        [Display(Name = "新密码")]
        public string? Password { get; set; }

        [DataType(DataType.Password)]
        [Display(Name = "再次确认密码")]
        public string? ConfirmPassword { get; set; }
    }
}

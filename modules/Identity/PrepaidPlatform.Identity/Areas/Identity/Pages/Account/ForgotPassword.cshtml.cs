using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PrepaidPlatform.Identity.Application;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Identity.Areas.Identity.Pages.Account;

/// <summary>忘记密码: 手机号验证后，重新设置登录密码 (manual 登录 · (二)).</summary>
[AllowAnonymous]
[EnableRateLimiting(PlatformRateLimits.SignIn)]
internal sealed class ForgotPasswordModel(PasswordRecovery recovery) : PageModel
{
    [BindProperty]
    public ResetInput Input { get; set; } = new();

    public string? Notice { get; private set; }

    public void OnGet(string? userName) => Input.UserName = userName;

    public async Task<IActionResult> OnPostSendCodeAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Show(await recovery.SendCodeAsync(Input.UserName, Input.Phone, cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var outcome = await recovery.ResetAsync(Input.UserName, Input.Phone, Input.Code, Input.Password, Input.ConfirmPassword, cancellationToken);
        if (!outcome.Succeeded)
        {
            Show(outcome);
            return Page();
        }

        TempData[LoginModel.NoticeKey] = outcome.Message;
        return RedirectToPage("./Login", new { userName = Input.UserName?.Trim() });
    }

    private void Show(PasswordRecovery.Outcome outcome)
    {
        if (outcome.Succeeded)
        {
            Notice = outcome.Message;
            return;
        }

        ModelState.AddRefusal(outcome.Message, outcome.FieldErrors);
    }

    internal sealed class ResetInput
    {
        [Display(Name = "统一社会信用代码")]
        public string? UserName { get; set; }

        [Display(Name = "注册手机号")]
        public string? Phone { get; set; }

        [Display(Name = "验证码")]
        public string? Code { get; set; }

        [DataType(DataType.Password)]
        [Display(Name = "新密码")]
        public string? Password { get; set; }

        [DataType(DataType.Password)]
        [Display(Name = "再次确认密码")]
        public string? ConfirmPassword { get; set; }
    }
}

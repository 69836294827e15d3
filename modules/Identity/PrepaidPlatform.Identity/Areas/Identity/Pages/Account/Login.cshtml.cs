using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PrepaidPlatform.Identity.Application;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Identity.Areas.Identity.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(PlatformRateLimits.SignIn)]
internal sealed class LoginModel(SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users, SignInThrottle throttle, IDataFilter dataFilter, IClock clock) : PageModel
{
    /// <summary>The one answer to a wrong password and to a name no account has.</summary>
    internal const string FailedMessage = "账号或密码错误。连续输错 5 次账号将被锁定 30 分钟。";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>A message carried from the page before (password reset or changed, registration done).</summary>
    internal const string NoticeKey = "Account.Notice";

    public string? Notice { get; private set; }

    public void OnGet(string? userName)
    {
        Input.UserName = userName ?? string.Empty;
        Notice = TempData[NoticeKey] as string;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userName = Input.UserName.Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.AddressBlockedUntil(address) is { } addressBlocked)
        {
            ModelState.AddModelError(string.Empty, $"登录失败次数过多，请 {MinutesUntil(addressBlocked)} 分钟后再试。");
            return Page();
        }

        // A name blocked by its failures answers as a locked account, whether or not an account has it.
        if (throttle.UserNameBlockedUntil(userName) is { } nameBlocked)
        {
            ModelState.AddModelError(string.Empty, LockedOutMessage(nameBlocked));
            return Page();
        }

        // Before sign-in there is no district yet: the account is looked up across districts (user names are unique city-wide).
        using (dataFilter.Disable<IMultiTenant>())
        {
            var user = await users.FindByNameAsync(userName);
            if (user is null || !user.IsActive)
            {
                return Failed(userName, address);
            }

            var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
            if (result.Succeeded || result.RequiresTwoFactor)
            {
                throttle.Reset(userName);
                return result.Succeeded ? LocalRedirect(SafeReturnUrl(user.Side)) : RedirectToPage("./LoginWith2fa", new { ReturnUrl, Input.RememberMe });
            }

            if (result.IsLockedOut)
            {
                throttle.RecordFailure(userName, address, users.Options.Lockout.MaxFailedAccessAttempts, users.Options.Lockout.DefaultLockoutTimeSpan);
                ModelState.AddModelError(string.Empty, LockedOutMessage(await users.GetLockoutEndDateAsync(user)));
                return Page();
            }

            return Failed(userName, address);
        }
    }

    private PageResult Failed(string userName, string address)
    {
        throttle.RecordFailure(userName, address, users.Options.Lockout.MaxFailedAccessAttempts, users.Options.Lockout.DefaultLockoutTimeSpan);
        ModelState.AddModelError(string.Empty, throttle.UserNameBlockedUntil(userName) is { } blocked ? LockedOutMessage(blocked) : FailedMessage);
        return Page();
    }

    private int MinutesUntil(DateTimeOffset end) => Math.Max(1, (int)Math.Ceiling((end - clock.UtcNow).TotalMinutes));

    private string LockedOutMessage(DateTimeOffset? end)
    {
        var minutes = end is null ? 30 : MinutesUntil(end.Value);
        return $"密码连续输错 5 次，账号已被锁定，请 {minutes} 分钟后再试。";
    }

    private string SafeReturnUrl(PlatformSide side) =>
        !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : HomeOf(side);

    internal static string HomeOf(PlatformSide side) => side == PlatformSide.Operator ? "/Operator" : "/Work";

    internal sealed class LoginInput
    {
        [Required(ErrorMessage = "请输入账号")]
        [Display(Name = "账号")]
        public string UserName { get; set; } = string.Empty;

        [Required(ErrorMessage = "请输入密码")]
        [DataType(DataType.Password)]
        [Display(Name = "密码")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "记住密码")]
        public bool RememberMe { get; set; }
    }
}

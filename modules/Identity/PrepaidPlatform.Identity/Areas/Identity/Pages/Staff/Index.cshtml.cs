using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Identity.Application;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Identity.Areas.Identity.Pages.Staff;

/// <summary>工作人员账号: the city creates district and city staff, disables them, resets passwords and authenticators.</summary>
[Authorize(Policy = IdentityPermissions.StaffManage)]
internal sealed class IndexModel(StaffService staff, ITenantDirectory tenants) : PageModel
{
    public IReadOnlyList<StaffService.StaffRow> Rows { get; private set; } = [];

    public IReadOnlyList<TenantInfo> Districts { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? District { get; set; }

    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await staff.CreateAsync(new StaffService.StaffInput(Input.UserName, Input.DisplayName, Input.Side, Input.TenantId, Input.Password, Input.DistrictAdmin));
            if (result.Succeeded)
            {
                TempData["Message"] = $"已创建账号 {Input.UserName}。";
                return RedirectToPage();
            }

            AddErrors(result);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostDisableAsync(Guid id) => Act(staff.SetActiveAsync(id, false), "账号已停用。");

    public Task<IActionResult> OnPostEnableAsync(Guid id) => Act(staff.SetActiveAsync(id, true), "账号已启用。");

    public Task<IActionResult> OnPostResetAuthenticatorAsync(Guid id) => Act(staff.ResetAuthenticatorAsync(id), "已重置身份验证器，该用户下次登录时须重新绑定。");

    private async Task<IActionResult> Act(Task<IdentityResult> action, string message)
    {
        var result = await action;
        TempData["Message"] = result.Succeeded ? message : string.Join("；", result.Errors.Select(e => e.Description));
        return RedirectToPage(new { Search, District });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Districts = await tenants.ListAsync(cancellationToken);
        Rows = await staff.ListAsync(Search, District, cancellationToken);
    }

    private void AddErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error.Description);
        }
    }

    internal sealed class CreateInput
    {
        [Required(ErrorMessage = "请输入账号")]
        [RegularExpression("^[A-Za-z0-9._-]{3,32}$", ErrorMessage = "账号须为3-32位字母、数字或 . _ -")]
        public string UserName { get; set; } = string.Empty;

        [Required(ErrorMessage = "请输入姓名")]
        [StringLength(32, ErrorMessage = "姓名不超过32个字")]
        public string DisplayName { get; set; } = string.Empty;

        public PlatformSide Side { get; set; } = PlatformSide.District;

        public Guid? TenantId { get; set; }

        public bool DistrictAdmin { get; set; }

        [Required(ErrorMessage = "请输入初始密码")]
        public string Password { get; set; } = string.Empty;
    }
}

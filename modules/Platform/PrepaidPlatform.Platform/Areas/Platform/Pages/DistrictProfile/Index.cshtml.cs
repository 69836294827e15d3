using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Tenants;

namespace PrepaidPlatform.Platform.Areas.Platform.Pages.DistrictProfile;

/// <summary>本区信息: a district edits what it tells operators and the public about its bureau.</summary>
[Authorize(Policy = PlatformPermissions.DistrictSettingsManage)]
internal sealed class IndexModel(DistrictProfileService profiles) : PageModel
{
    [BindProperty]
    public ProfileForm Input { get; set; } = new();

    public Guid ProfileId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        var profile = id is { } given ? await profiles.FindAsync(given, cancellationToken) : await profiles.MineAsync(cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }

        ProfileId = profile.Id;
        Input = new ProfileForm { BureauName = profile.BureauName, Address = profile.Address, ServiceHours = profile.ServiceHours };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ProfileId = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await profiles.UpdateAsync(id, new DistrictProfileService.ProfileInput(Input.BureauName, Input.Address ?? string.Empty, Input.ServiceHours ?? string.Empty), cancellationToken))
        {
            return NotFound();
        }

        TempData["Message"] = "本区信息已保存。";
        return RedirectToPage(new { id });
    }

    internal sealed class ProfileForm
    {
        [Required(ErrorMessage = "请输入单位名称")]
        [StringLength(64, ErrorMessage = "单位名称不超过64个字")]
        public string BureauName { get; set; } = string.Empty;

        // Optional, so nullable: a non-nullable string is implicitly required, and a blank one answered in English
        // ("The Address field is required."; found by the form fuzz).
        [StringLength(128, ErrorMessage = "地址不超过128个字")]
        public string? Address { get; set; }

        [StringLength(64, ErrorMessage = "受理时间不超过64个字")]
        public string? ServiceHours { get; set; }
    }
}

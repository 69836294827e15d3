using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Application;
using PrepaidPlatform.Platform.Settings;

namespace PrepaidPlatform.Platform.Areas.Platform.Pages.Shared;

/// <summary>
/// What the city's and a district's settings pages share: list by group, save one value, reset one value. A refused
/// value is shown again beside its setting with the message; a saved one redirects with a confirmation.
/// </summary>
internal abstract class SettingsPageModel : PageModel
{
    public IReadOnlyList<ResolvedSetting> Rows { get; private set; } = [];

    /// <summary>The setting whose value was refused, and what the user typed, to show it again.</summary>
    public string? RefusedName { get; private set; }

    public string? RefusedValue { get; private set; }

    /// <summary>The level this page writes: a row at this level can be reset to the inherited value.</summary>
    public abstract SettingSource OwnSource { get; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(string name, string? value, CancellationToken cancellationToken)
    {
        var result = await SetAsync(name, value, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Message"] = "设置已保存。";
            return RedirectToPage();
        }

        ModelState.AddModelError(string.Empty, result.Error!);
        RefusedName = name;
        RefusedValue = value;
        Rows = await ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostResetAsync(string name, CancellationToken cancellationToken)
    {
        var result = await ResetAsync(name, cancellationToken);
        TempData["Message"] = result.Error ?? "已恢复为上级设置。";
        return RedirectToPage();
    }

    protected abstract Task<IReadOnlyList<ResolvedSetting>> ListAsync(CancellationToken cancellationToken);

    protected abstract Task<EditResult> SetAsync(string name, string? value, CancellationToken cancellationToken);

    protected abstract Task<EditResult> ResetAsync(string name, CancellationToken cancellationToken);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages.KeyList;

/// <summary>
/// 重点抽查目录 (district, Shanghai plan §三(三)): the district's operators listed for 双随机、一公开, entered by an overdue
/// 责令整改 order or by the district with a reason.
/// </summary>
[Authorize(Policy = CreditRiskPermissions.LegalityManage)]
internal sealed class IndexModel(KeyListService keyList) : PageModel
{
    public IReadOnlyList<KeyListEntry> Entries { get; private set; } = [];

    [BindProperty]
    public string? Uscc { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Entries = await keyList.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await keyList.AddAsync(Uscc, Reason, cancellationToken);
        if (outcome.Succeeded)
        {
            Notice = outcome.Message;
            return RedirectToPage();
        }

        foreach (var (field, message) in outcome.FieldErrors)
        {
            ModelState.AddModelError(field, message);
        }

        if (outcome.FieldErrors.Count == 0)
        {
            ModelState.AddModelError(string.Empty, outcome.Message ?? "操作未完成。");
        }

        Entries = await keyList.ListAsync(cancellationToken);
        return Page();
    }
}

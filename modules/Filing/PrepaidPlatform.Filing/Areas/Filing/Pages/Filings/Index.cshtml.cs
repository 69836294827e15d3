using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Filings;

/// <summary>备案码管理: the district's filings with their code status; suspend (with a reason) and resume.</summary>
[Authorize(Policy = FilingPermissions.ApplicationsRead)]
internal sealed class IndexModel(FilingCodeControl control, IPermissionChecker permissions) : PageModel
{
    public IReadOnlyList<FilingCodeControl.Row> Rows { get; private set; } = [];

    public string? Search { get; private set; }

    public bool CanManage { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(string? search, CancellationToken cancellationToken) => await LoadAsync(search, cancellationToken);

    public Task<IActionResult> OnPostSuspendAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        HandleAsync(() => control.SuspendAsync(id, reason, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(Guid id, CancellationToken cancellationToken) =>
        HandleAsync(() => control.ResumeAsync(id, cancellationToken), cancellationToken);

    // Handler-level attributes are not endpoint metadata in Razor Pages: the permission is checked here.
    private async Task<IActionResult> HandleAsync(Func<Task<FilingOutcome>> action, CancellationToken cancellationToken)
    {
        if (!permissions.IsGranted(FilingPermissions.CodesManage))
        {
            return Forbid();
        }

        var outcome = await action();
        if (outcome.Succeeded)
        {
            Notice = outcome.Message;
            return RedirectToPage();
        }

        ModelState.AddRefusal(outcome.Message, outcome.FieldErrors);
        await LoadAsync(null, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(string? search, CancellationToken cancellationToken)
    {
        Search = search;
        Rows = await control.ListAsync(search, cancellationToken);
        CanManage = permissions.IsGranted(FilingPermissions.CodesManage);
    }
}

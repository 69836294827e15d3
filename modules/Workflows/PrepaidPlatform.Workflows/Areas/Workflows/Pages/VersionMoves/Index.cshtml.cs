using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Workflows.Application;

namespace PrepaidPlatform.Workflows.Areas.Workflows.Pages.VersionMoves;

/// <summary>
/// 迁移进行中的事项: after publishing a version, the publisher previews where every instance of the older versions would
/// go, maps the states the new version dropped, and moves them all at once. The city only, for now: districts do not
/// manage their overrides yet.
/// </summary>
[Authorize(Policy = WorkflowPermissions.DefinitionsManage)]
internal sealed class IndexModel(InstanceMigration migration, ITenantDirectory tenants) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Dropped state → state of the new version.</summary>
    [BindProperty(SupportsGet = true)]
    public Dictionary<string, string?> Mapping { get; set; } = [];

    /// <summary>The previewed instances with their versions: applying refuses when any of them changed since.</summary>
    [BindProperty]
    public Dictionary<Guid, int> Seen { get; set; } = [];

    public InstanceMigration.Plan? Plan { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyDictionary<Guid, string> Districts { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await PreviewAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await migration.ApplyAsync(Id, Chosen(), Seen, cancellationToken);
        if (result.Error is null)
        {
            TempData["Message"] = $"已将 {result.Moved} 个事项迁移到新版本。";
            return RedirectToPage(new { id = Id });
        }

        ModelState.AddModelError(string.Empty, result.Error);
        await PreviewAsync(cancellationToken);
        return Page();
    }

    public string DistrictName(Guid? id) => id is { } d && Districts.GetValueOrDefault(d) is { } name ? name : "—";

    private async Task PreviewAsync(CancellationToken cancellationToken)
    {
        (Plan, Error) = await migration.PreviewAsync(Id, Chosen(), cancellationToken);
        Districts = (await tenants.ListAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
    }

    private Dictionary<string, string> Chosen() =>
        Mapping.Where(m => !string.IsNullOrWhiteSpace(m.Value)).ToDictionary(m => m.Key, m => m.Value!, StringComparer.Ordinal);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Designer;

namespace PrepaidPlatform.Workflows.Areas.Workflows.Pages.Designer;

/// <summary>版本历史: the versions of one lifecycle in the user's scope and what changed between two of them (computed on the server).</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class HistoryModel(DesignerAccess access, DesignerQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public Guid? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? To { get; set; }

    public IReadOnlyList<DesignerQueries.Version> Versions { get; private set; } = [];

    public DesignerQueries.Version? Older { get; private set; }

    public DesignerQueries.Version? Newer { get; private set; }

    public IReadOnlyList<DiffLine> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (access.Scope is not { } scope)
        {
            return Forbid();
        }

        Versions = await queries.VersionsAsync(Key, scope, cancellationToken);
        // Ids come from the request: only versions of this lifecycle in the user's own scope are compared.
        if ((From is { } f && Versions.All(v => v.Id != f)) || (To is { } t && Versions.All(v => v.Id != t)))
        {
            return NotFound();
        }

        Newer = To is { } to ? Versions.Single(v => v.Id == to) : Versions.Count > 0 ? Versions[0] : null;
        Older = From is { } from ? Versions.Single(v => v.Id == from) : Versions.FirstOrDefault(v => Newer is not null && v.Number < Newer.Number);
        if (Older is not null && Newer is not null)
        {
            var older = await queries.FindAsync(Older.Id, Key, scope, cancellationToken);
            var newer = await queries.FindAsync(Newer.Id, Key, scope, cancellationToken);
            Changes = DefinitionDiff.Compare(WorkflowBodyJson.Parse(older!.Body).Body!, WorkflowBodyJson.Parse(newer!.Body).Body!);
        }

        return Page();
    }
}

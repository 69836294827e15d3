using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Workflows.Designer;
using PrepaidPlatform.Workflows.Domain;

namespace PrepaidPlatform.Workflows.Areas.Workflows.Pages.Designer;

/// <summary>流程设计 / 本区流程: the lifecycles the user may design, with the city's published version and the own latest version.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class IndexModel(DesignerAccess access, DesignerQueries queries) : PageModel
{
    public IReadOnlyList<DesignerQueries.Lifecycle> Lifecycles { get; private set; } = [];

    public bool IsCity { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (access.Scope is not { } scope)
        {
            return Forbid();
        }

        IsCity = scope == WorkflowDefinition.City;
        Lifecycles = await queries.LifecyclesAsync(scope, cancellationToken);
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Application;

namespace PrepaidPlatform.Workflows.Areas.Workflows.Pages.Definitions;

/// <summary>业务流程: every lifecycle with its versions (city default and district overrides) and its running and overdue instances.</summary>
[Authorize(Policy = WorkflowPermissions.DefinitionsRead)]
internal sealed class IndexModel(WorkflowQueries queries, ITenantDirectory tenants, IClock clock, IPermissionChecker permissions) : PageModel
{
    public IReadOnlyList<WorkflowQueries.DefinitionRow> Definitions { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Districts { get; private set; } = new Dictionary<Guid, string>();

    public IClock Clock => clock;

    public bool CanDesign => permissions.IsGranted(WorkflowPermissions.DefinitionsManage);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Definitions = await queries.DefinitionsAsync(cancellationToken);
        Districts = (await tenants.ListAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Application;

namespace PrepaidPlatform.Workflows.Areas.Workflows.Pages.Instances;

/// <summary>流程实例: the latest instances of one lifecycle across districts, with their state, due time and overdue mark.</summary>
[Authorize(Policy = WorkflowPermissions.DefinitionsRead)]
internal sealed class IndexModel(WorkflowQueries queries, ITenantDirectory tenants, IClock clock) : PageModel
{
    private const int Shown = 100;

    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public Guid? District { get; set; }

    public IReadOnlyList<WorkflowQueries.InstanceRow> Instances { get; private set; } = [];

    public IReadOnlyList<TenantInfo> Districts { get; private set; } = [];

    public IClock Clock => clock;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Districts = await tenants.ListAsync(cancellationToken);
        Instances = string.IsNullOrWhiteSpace(Key) ? [] : await queries.InstancesAsync(Key, District, Shown, cancellationToken);
    }

    public string DistrictName(Guid? id) => Districts.FirstOrDefault(d => d.Id == id)?.Name ?? "—";

    public string Local(DateTime? utc) => utc is { } at ? clock.ToShanghai(new DateTimeOffset(at, TimeSpan.Zero)).ToString("yyyy-MM-dd HH:mm") : "—";
}

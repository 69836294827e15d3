using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Application;

namespace PrepaidPlatform.Workflows.Areas.Workflows.Pages.Instances;

/// <summary>流程实例: the instances by lifecycle, district (the city only) and state, newest first, with due times and overdue marks.</summary>
[Authorize(Policy = WorkflowPolicies.Instances)]
internal sealed class IndexModel(InstanceQueries queries, ITenantDirectory tenants, ICurrentTenant currentTenant, SubjectLinks links, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    // Not "page": Razor Pages' own route value of that name wins over the query string, so page 2 showed page 1.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public InstanceQueries.Page Instances { get; private set; } = null!;

    public IReadOnlyList<InstanceQueries.Lifecycle> Lifecycles { get; private set; } = [];

    public IReadOnlyList<TenantInfo> Districts { get; private set; } = [];

    /// <summary>The city picks a district; a district user sees only the own one.</summary>
    public bool IsCity => currentTenant.Id is null;

    public InstanceQueries.Lifecycle? Selected => Lifecycles.FirstOrDefault(l => l.Key == Key);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Districts = await tenants.ListAsync(cancellationToken);
        Lifecycles = await queries.LifecyclesAsync(cancellationToken);
        // A state belongs to a lifecycle: without one picked the state filter has no meaning.
        Instances = await queries.PageAsync(new InstanceQueries.Filter(Key, IsCity ? District : null, Selected is null ? null : State), PageNumber, cancellationToken);
    }

    public string DistrictName(Guid? id) => Districts.FirstOrDefault(d => d.Id == id)?.Name ?? "—";

    public string Local(DateTime? utc) => clock.Format(utc);

    /// <summary>The page where the row's subject is handled (its module's), shown instead of the subject's type code and id.</summary>
    public string SubjectUrl(InstanceQueries.Row row) => links.UrlFor(row.SubjectType, row.SubjectId, row.Id);

    public string PageUrl(int number) => Url.Page("Index", new { key = Key, district = District, state = State, p = number })!;
}

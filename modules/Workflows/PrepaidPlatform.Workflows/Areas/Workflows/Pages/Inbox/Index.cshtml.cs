using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Application;

namespace PrepaidPlatform.Workflows.Areas.Workflows.Pages.Inbox;

/// <summary>待办事项: what the signed-in staff member may act on now, earliest deadline first, with overdue marks.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class IndexModel(WorkInbox inbox, SubjectLinks links, ITenantDirectory tenants, ICurrentTenant currentTenant, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Key { get; set; }

    // Not "page": Razor Pages' own route value of that name wins over the query string, so page 2 showed page 1.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public WorkInbox.Page Items { get; private set; } = null!;

    public IReadOnlyList<WorkInbox.Lifecycle> Lifecycles { get; private set; } = [];

    /// <summary>District names, for the city only (a district sees its own work).</summary>
    public IReadOnlyDictionary<Guid, string>? Districts { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Items, Lifecycles) = await inbox.PageAsync(Key, PageNumber, cancellationToken);
        if (currentTenant.Id is null && Items.Items.Count > 0)
        {
            Districts = (await tenants.ListAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        }
    }

    public string SubjectUrl(WorkflowInstanceDto instance) => links.UrlFor(instance);

    public string DistrictName(Guid? id) => id is { } d && Districts?.GetValueOrDefault(d) is { } name ? name : "—";

    public string Local(DateTime? utc) => clock.Format(utc);

    public string PageUrl(int number) => Url.Page("Index", new { key = Key, p = number })!;
}

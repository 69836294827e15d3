using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Host.Pages.Work;

/// <summary>工作台: the staff home. Districts see their own district; the city sees all.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
public sealed class IndexModel(ICurrentTenant currentTenant, ITenantDirectory tenants, ICurrentUser currentUser, IWorkInbox inbox) : PageModel
{
    public string Scope { get; private set; } = string.Empty;

    public PlatformSide? Side { get; private set; }

    /// <summary>待办: what the user may act on now, of which overdue.</summary>
    public WorkInboxCount Work { get; private set; } = new(0, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Side = currentUser.Side;
        Work = await inbox.CountAsync(cancellationToken);
        Scope = currentTenant.Id is { } id ? (await tenants.FindAsync(id, cancellationToken))?.Name ?? string.Empty : "全市";
    }
}

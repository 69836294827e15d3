using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Identity.Application;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Identity.Areas.Identity.Pages.AdminChanges;

/// <summary>管理员变更审核: the district's requests (the tenant filter keeps other districts' out).</summary>
[Authorize(Policy = WorkflowPermissions.Review)]
internal sealed class IndexModel(AdminChangeReview review) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AdminChangeStatus? Status { get; set; } = AdminChangeStatus.Submitted;

    public IReadOnlyList<AdminChangeReview.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await review.ListAsync(Status, cancellationToken);

    internal static string StatusLabel(AdminChangeStatus status) => status switch
    {
        AdminChangeStatus.Submitted => "待审核",
        AdminChangeStatus.Approved => "已变更",
        _ => "已驳回",
    };
}

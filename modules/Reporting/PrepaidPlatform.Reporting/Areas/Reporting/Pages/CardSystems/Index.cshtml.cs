using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Reporting.Application.Feed;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.CardSystems;

/// <summary>发卡系统 (city): the registered card systems, how many operators each has reported, and their status.</summary>
[Authorize(Policy = ReportingPermissions.CardSystemsManage)]
internal sealed class IndexModel(Application.Feed.CardSystems systems) : PageModel
{
    public IReadOnlyList<CardSystemRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await systems.ListAsync(cancellationToken);
}

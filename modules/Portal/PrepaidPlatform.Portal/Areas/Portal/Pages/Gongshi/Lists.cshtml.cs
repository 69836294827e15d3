using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Portal.Application;

namespace PrepaidPlatform.Portal.Areas.Portal.Pages.Gongshi;

/// <summary>The public lists: 经营异常名录, 严重失信主体, 行政处罚, 注销公示 (the route admits only their slugs).</summary>
[AllowAnonymous]
internal sealed class ListsModel(PublicDisclosure disclosure) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PortalList List { get; private set; } = PortalList.All[0];

    public ListPage Rows { get; private set; } = new([], [], 0);

    public Pager Pager => new(Math.Max(PageNumber, 1), Rows.Total, PublicDisclosure.PageSize, p => $"{PortalContracts.Path}/Lists/{List.Slug}?p={p}");

    public async Task<IActionResult> OnGetAsync(string list)
    {
        if (PortalList.Find(list) is not { } found)
        {
            return NotFound();
        }

        List = found;
        Rows = await disclosure.ListAsync(found, PageNumber);
        return Page();
    }
}

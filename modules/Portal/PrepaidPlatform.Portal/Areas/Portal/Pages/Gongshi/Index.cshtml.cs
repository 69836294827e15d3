using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Portal.Application;

namespace PrepaidPlatform.Portal.Areas.Portal.Pages.Gongshi;

/// <summary>信用公示 · 经营者查询: by 企业名称, 品牌, 统一社会信用代码 or 备案编号, 20 a page.</summary>
[AllowAnonymous]
internal sealed class IndexModel(PublicDisclosure disclosure) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PublicOperatorPage Results { get; private set; } = new([], 0);

    public Pager Pager => new(Math.Max(PageNumber, 1), Results.Total, PublicDisclosure.PageSize,
        p => $"{PortalContracts.Path}?q={Uri.EscapeDataString(Query ?? string.Empty)}&p={p}");

    public async Task OnGetAsync()
    {
        Query = PublicDisclosure.Normalize(Query);
        Results = await disclosure.SearchAsync(Query, PageNumber);
    }
}

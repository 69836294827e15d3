using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;

namespace PrepaidPlatform.Custody.Areas.Custody.Pages.Institutions;

/// <summary>存管银行 / 保险机构 (city): the registered institutions of one kind with their status.</summary>
[Authorize(Policy = CustodyPermissions.InstitutionsManage)]
internal sealed class IndexModel(CustodyInstitutions institutions) : PageModel
{
    public InstitutionKind Kind { get; private set; }

    public string Segment => InstitutionKinds.Segment(Kind);

    public string Title => CustodyInstitutions.KindLabel(Kind);

    public IReadOnlyList<CustodyInstitution> Rows { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string kind, CancellationToken cancellationToken)
    {
        if (InstitutionKinds.Parse(kind) is not { } parsed)
        {
            return NotFound();
        }

        Kind = parsed;
        Rows = await institutions.ListAsync(parsed, cancellationToken);
        return Page();
    }
}

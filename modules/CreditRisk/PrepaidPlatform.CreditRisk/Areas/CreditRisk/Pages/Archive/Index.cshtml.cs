using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages.Archive;

/// <summary>信用档案 (district): the district's operators with a code, worst first, searchable by USCC.</summary>
[Authorize(Policy = CreditRiskPermissions.RecordsRead)]
internal sealed class IndexModel(CreditArchive archive) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public IReadOnlyList<OperatorRiskCode> Codes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Codes = await archive.CodesAsync(Search, cancellationToken);
}

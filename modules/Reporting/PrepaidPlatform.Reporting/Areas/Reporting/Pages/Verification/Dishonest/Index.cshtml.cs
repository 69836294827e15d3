using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Application.Dishonest;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Verification.Dishonest;

/// <summary>失信主体报送核对: the district's queue of the 严重失信主体's monthly reports and half-year statements — 待核对 (oldest first) or 全部.</summary>
[Authorize(Policy = ReportingPermissions.ReportsVerify)]
internal sealed class IndexModel(DishonestVerification verification, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    // Not "page": Razor Pages' own route value of that name wins over the query string.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public DishonestQueuePage Queue { get; private set; } = null!;

    public string Local(DateTime? utc) => clock.Format(utc);

    public bool IsOverdue(Domain.Dishonest.DishonestFiling filing) => verification.IsOverdue(filing);

    public string PageUrl(int number) => $"/Reporting/Verification/Dishonest?all={All}&p={number}";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Queue = await verification.QueueAsync(!All, PageNumber, cancellationToken);
}

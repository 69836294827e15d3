using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Application;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Verification;

/// <summary>数据核对: the district's queue of quarterly reports — 待核对 (oldest first, with the 3-working-day deadline), 已超时, 全部 — with the previous quarter and the custody figures beside each.</summary>
[Authorize(Policy = ReportingPermissions.ReportsVerify)]
internal sealed class IndexModel(ReportVerification verification, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public VerificationFilter Filter { get; set; }

    // Not "page": Razor Pages' own route value of that name wins over the query string.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public VerificationPage Queue { get; private set; } = null!;

    public string Local(DateTime? utc) => clock.Format(utc);

    public string PageUrl(int number) => $"/Reporting/Verification?filter={Filter}&p={number}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = Enum.IsDefined(Filter) ? Filter : VerificationFilter.Pending;
        Queue = await verification.QueueAsync(Filter, PageNumber, cancellationToken);
    }
}

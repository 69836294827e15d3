using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Deregistrations;

/// <summary>备案注销: the district's deregistration requests, newest first.</summary>
[Authorize(Policy = FilingPermissions.ApplicationsRead)]
internal sealed class IndexModel(DeregistrationReview review, IClock clock) : PageModel
{
    public IReadOnlyList<DeregistrationRow> Rows { get; private set; } = [];

    public string Local(DateTime utc) => clock.Format(utc);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await review.ListAsync(cancellationToken);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Applications;

/// <summary>备案审核 queue of the district: 待办 (oldest first, with the 3-working-day deadline and overdue marks), 已超时, 全部.</summary>
[Authorize(Policy = FilingPermissions.ApplicationsRead)]
internal sealed class IndexModel(FilingReview review, IClock clock) : PageModel
{
    public IReadOnlyList<FilingQueueRow> Rows { get; private set; } = [];

    public FilingQueueFilter Filter { get; private set; }

    public string Local(DateTime? utc) => clock.Format(utc);

    public async Task OnGetAsync(FilingQueueFilter filter, CancellationToken cancellationToken)
    {
        Filter = Enum.IsDefined(filter) ? filter : FilingQueueFilter.Pending;
        Rows = await review.QueueAsync(Filter, cancellationToken);
    }
}

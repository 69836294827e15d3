using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Pages.Filing.Applications;

/// <summary>The district's submitted filing applications, newest first (the work queue with SLA marks comes with the review).</summary>
[Authorize(Policy = FilingPermissions.ApplicationsRead)]
internal sealed class IndexModel(PlatformDbContext db, IClock clock) : PageModel
{
    internal sealed record Row(Guid Id, string ApplicationNumber, string Uscc, string? ShopName, FilingApplicationStatus Status, DateTime? SubmittedAtUtc);

    private const int PageSize = 50;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string Local(DateTime? utc) => utc is { } at ? clock.ToShanghai(new DateTimeOffset(at, TimeSpan.Zero)).ToString("yyyy-MM-dd HH:mm") : "-";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.Set<FilingApplication>().AsNoTracking()
            .Where(a => a.Status != FilingApplicationStatus.Draft)
            .OrderByDescending(a => a.SubmittedAtUtc)
            .Take(PageSize)
            .Select(a => new Row(a.Id, a.ApplicationNumber, a.Uscc, a.ShopName, a.Status, a.SubmittedAtUtc))
            .ToListAsync(cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Notifications.Application;

/// <summary>The city's 短信发件箱: every district's SMS with its delivery state, newest first.</summary>
internal sealed class SmsOutboxQuery(PlatformDbContext db, ICrossTenantAccess crossTenant)
{
    public const int PageSize = 30;

    internal sealed record Page(IReadOnlyList<SmsMessage> Rows, int Total, int PageNumber)
    {
        public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    }

    public async Task<Page> ListAsync(SmsStatus? status, string? phoneTail, int pageNumber, CancellationToken cancellationToken)
    {
        using var scope = crossTenant.EnterCityScope();
        var query = db.Set<SmsMessage>().AsNoTracking();
        if (status is not null)
        {
            query = query.Where(m => m.Status == status);
        }

        // Phones are shown masked, so the city searches by the last four digits it can see.
        if (!string.IsNullOrWhiteSpace(phoneTail))
        {
            var tail = phoneTail.Trim();
            query = query.Where(m => m.PhoneMasked.EndsWith(tail));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(pageNumber, 1, pageCount);
        var rows = await query.OrderByDescending(m => m.CreatedAtUtc).ThenBy(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Page(rows, total, page);
    }
}

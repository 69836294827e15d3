using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application.Feed;

/// <summary><see cref="ICardFeedPositions"/>: per day, each system's latest record within the window joined back to its figures, in one query.</summary>
internal sealed class CardFeedPositions(PlatformDbContext db) : ICardFeedPositions
{
    public async Task<IReadOnlyList<CardFeedPosition>> OnDaysAsync(IReadOnlyCollection<DateOnly> days, int staleAfterDays, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(days);
        var positions = new List<CardFeedPosition>();
        foreach (var day in days.Distinct())
        {
            // The window bounds the scan to the days that can matter, whatever the length of the feed's history.
            var from = day.AddDays(-staleAfterDays);
            var window = db.Set<CardFeedRecord>().AsNoTracking().Where(r => r.Day <= day && r.Day >= from);
            var latest = window.GroupBy(r => new { r.OperatorUserId, r.CardSystemId })
                .Select(g => new { g.Key.OperatorUserId, g.Key.CardSystemId, Day = g.Max(r => r.Day) });
            var rows = await (
                from r in window
                join l in latest on new { r.OperatorUserId, r.CardSystemId, r.Day } equals new { l.OperatorUserId, l.CardSystemId, l.Day }
                select new { r.OperatorUserId, r.TenantId, r.PrepaidTotalFen, r.BalanceFen })
                .ToListAsync(cancellationToken);
            positions.AddRange(rows.GroupBy(r => r.OperatorUserId)
                .Select(g => new CardFeedPosition(g.Key, g.First().TenantId, day, g.Sum(r => r.PrepaidTotalFen), g.Sum(r => r.BalanceFen))));
        }

        return positions;
    }
}

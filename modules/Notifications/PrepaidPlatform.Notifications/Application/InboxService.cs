using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Notifications.Application;

/// <summary>
/// The signed-in user's 站内消息. Every query is narrowed to the recipient's own id and district: the tenant filter
/// covers the district, the recipient clause the user, so a guessed message id of someone else reads as not found.
/// </summary>
internal sealed class InboxService(PlatformDbContext db, ICurrentUser currentUser, ICurrentTenant currentTenant, IClock clock) : IInboxSummary
{
    public const int PageSize = 20;

    internal sealed record Page(IReadOnlyList<InboxMessage> Rows, int Total, int PageNumber)
    {
        public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    }

    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default) =>
        currentUser.Id is null ? 0 : await Mine().CountAsync(m => m.ReadAtUtc == null, cancellationToken);

    public async Task<Page> ListAsync(int pageNumber, bool unreadOnly, CancellationToken cancellationToken)
    {
        var query = Mine().AsNoTracking();
        if (unreadOnly)
        {
            query = query.Where(m => m.ReadAtUtc == null);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(pageNumber, 1, pageCount);
        var rows = await query.OrderByDescending(m => m.CreatedAtUtc).ThenBy(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Page(rows, total, page);
    }

    /// <summary>Opens a message of the current user and marks it read; <c>null</c> when it is not theirs.</summary>
    public async Task<InboxMessage?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await Mine().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is { IsRead: false })
        {
            message.MarkRead(clock.UtcNow.UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        return message;
    }

    public async Task<bool> MarkUnreadAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await Mine().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return false;
        }

        message.MarkUnread();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task MarkAllReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow.UtcDateTime;
        foreach (var message in await Mine().Where(m => m.ReadAtUtc == null).ToListAsync(cancellationToken))
        {
            message.MarkRead(now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private IQueryable<InboxMessage> Mine()
    {
        var userId = currentUser.Id ?? throw new UnauthorizedAccessException("请先登录。");
        var tenantId = currentTenant.Id;
        return db.Set<InboxMessage>().Where(m => m.RecipientUserId == userId && m.TenantId == tenantId);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Notifications.Application;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Notifications.Areas.Notifications.Pages.Inbox;

/// <summary>站内消息: the signed-in user's own messages, newest first, paged on the server.</summary>
[Authorize]
internal sealed class IndexModel(InboxService inbox, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public bool Unread { get; set; }

    public InboxService.Page Messages { get; private set; } = new([], 0, 1);

    public int UnreadCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Messages = await inbox.ListAsync(PageNumber, Unread, cancellationToken);
        UnreadCount = await inbox.UnreadCountAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostMarkAllReadAsync(CancellationToken cancellationToken)
    {
        await inbox.MarkAllReadAsync(cancellationToken);
        TempData["Message"] = "已将全部消息标为已读。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostMarkUnreadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await inbox.MarkUnreadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return RedirectToPage(new { p = PageNumber, unread = Unread });
    }

    public string Local(DateTime utc) => clock.Format(utc);

    public string PageUrl(int page) => Url.Page("Index", new { p = page, unread = Unread })!;
}

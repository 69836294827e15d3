using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Notifications.Application;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Notifications.Areas.Notifications.Pages.Inbox;

/// <summary>One message: opening it marks it read; it links to the page of its subject.</summary>
[Authorize]
internal sealed class MessageModel(InboxService inbox, IClock clock) : PageModel
{
    public InboxMessage Message { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        // Someone else's message is indistinguishable from one that does not exist.
        var message = await inbox.OpenAsync(id, cancellationToken);
        if (message is null)
        {
            return NotFound();
        }

        Message = message;
        return Page();
    }

    public async Task<IActionResult> OnPostMarkUnreadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await inbox.MarkUnreadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Message"] = "已标为未读。";
        return RedirectToPage("Index");
    }

    public string Local(DateTime utc) => clock.Format(utc);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Notifications.Application;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Notifications.Areas.Notifications.Pages.SmsOutbox;

/// <summary>短信发件箱: every SMS the platform sent or tried to send, with its delivery state, for the city.</summary>
[Authorize(Policy = NotificationPermissions.SmsOutboxRead)]
internal sealed class IndexModel(SmsOutboxQuery outbox, ITenantDirectory tenants, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SmsStatus? Status { get; set; }

    /// <summary>Last digits of the phone (the page shows phones masked).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Phone { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public SmsOutboxQuery.Page Messages { get; private set; } = new([], 0, 1);

    public IReadOnlyDictionary<Guid, string> DistrictNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DistrictNames = (await tenants.ListAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        Messages = await outbox.ListAsync(Status, Phone, PageNumber, cancellationToken);
    }

    public static string StatusText(SmsStatus status) => status switch
    {
        SmsStatus.Sent => "已发送",
        SmsStatus.Failed => "发送失败",
        _ => "待发送",
    };

    public static string TemplateName(string key) => TemplateCatalog.Find(key)?.Name ?? key;

    public string DistrictName(Guid? id) => id is { } t && DistrictNames.TryGetValue(t, out var name) ? name : "市级";

    public string Local(DateTime utc) => clock.FormatSeconds(utc);

    public string PageUrl(int page) => Url.Page("Index", new { p = page, status = Status, phone = Phone })!;
}

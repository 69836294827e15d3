using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Notifications.Application;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Notifications.Areas.Notifications.Pages.Templates;

/// <summary>消息模板: the wording of each event's message and SMS, maintained by the city.</summary>
[Authorize(Policy = NotificationPermissions.TemplatesManage)]
internal sealed class IndexModel(TemplateService templates, IClock clock) : PageModel
{
    public IReadOnlyList<NotificationTemplate> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Templates = await templates.ListAsync(cancellationToken);

    public static string Name(string key) => TemplateCatalog.Find(key)?.Name ?? key;

    public string Local(DateTime utc) => clock.Format(utc);
}

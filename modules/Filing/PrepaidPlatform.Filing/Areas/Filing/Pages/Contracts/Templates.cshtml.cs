using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Contracts;

/// <summary>合同管理 · 合同模板 (operator): the model contracts the city has published, to download and fill in.</summary>
[Authorize(Policy = FilingPermissions.ApplicationsManage)]
internal sealed class TemplatesModel(ContractTemplateCatalog templates, IClock clock) : PageModel
{
    public const string PageUrl = "/Filing/Contracts/Templates";

    public IReadOnlyList<ContractTemplate> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Templates = await templates.ListAsync(publishedOnly: true, cancellationToken);

    /// <summary>A published template only: a withdrawn one is not found, even by a remembered link.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await templates.OpenAsync(id, publishedOnly: true, cancellationToken);
        return found is { } f ? File(f.Content, f.Template.ContentType, ContractTemplateCatalog.DownloadName(f.Template)) : NotFound();
    }

    public string Date(DateTime? utc) => clock.FormatDate(utc);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.ContractTemplates;

/// <summary>
/// 合同模板管理 (city): publish a model contract (标题, 适用行业, PDF or Word file), withdraw it (撤回) or publish it
/// again; the list holds withdrawn templates too, which the city can still download.
/// </summary>
[Authorize(Policy = FilingPermissions.ContractTemplatesManage)]
[RequestSizeLimit(ContractTemplateCatalog.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ContractTemplateCatalog.MaxRequestBytes)]
internal sealed class IndexModel(ContractTemplateCatalog templates, IClock clock) : PageModel
{
    public const string PageUrl = "/Filing/ContractTemplates";

    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    public IReadOnlyList<ContractTemplate> Templates { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        var file = Input.File is { } f && !(f.Length == 0 && string.IsNullOrEmpty(f.FileName)) ? new UploadedFile(f.FileName, f.OpenReadStream) : null;
        return await HandleAsync(() => templates.PublishAsync(Input.Title, Input.IndustryCode, file, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken cancellationToken) =>
        HandleAsync(() => templates.WithdrawAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRepublishAsync(Guid id, CancellationToken cancellationToken) =>
        HandleAsync(() => templates.RepublishAsync(id, cancellationToken), cancellationToken);

    /// <summary>The city downloads any template, withdrawn ones included.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await templates.OpenAsync(id, publishedOnly: false, cancellationToken);
        return found is { } f ? File(f.Content, f.Template.ContentType, ContractTemplateCatalog.DownloadName(f.Template)) : NotFound();
    }

    public string Date(DateTime? utc) => clock.FormatDate(utc);

    private async Task<IActionResult> HandleAsync(Func<Task<FilingOutcome>> action, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var outcome = await action();
        if (outcome.Succeeded)
        {
            Notice = outcome.Message;
            return RedirectToPage();
        }

        ModelState.AddRefusal(outcome.FieldErrors.Count > 0 ? "请按提示修改后重新发布。" : outcome.Message, outcome.FieldErrors);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Templates = await templates.ListAsync(publishedOnly: false, cancellationToken);

    /// <summary>The upload form: 标题, 适用行业 (empty = 通用) and the file.</summary>
    internal sealed class TemplateInput
    {
        public string? Title { get; set; }

        public string? IndustryCode { get; set; }

        public IFormFile? File { get; set; }
    }
}

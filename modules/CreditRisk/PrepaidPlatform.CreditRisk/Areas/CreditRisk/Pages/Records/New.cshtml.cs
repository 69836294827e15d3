using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Storage;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages.Records;

/// <summary>
/// 录入信用信息 (district, issue 17 · 1): one record of an operator of the district, with its supporting document (PDF,
/// JPG or PNG by content, at most 10 MB, like Filing's uploads), through the same checks as the API and the import.
/// </summary>
[Authorize(Policy = CreditRiskPermissions.RecordsManage)]
internal sealed class NewModel(CreditRecordIntake intake, IFileStore files, ICurrentTenant tenant, ICurrentUser user) : PageModel
{
    [BindProperty]
    public CreditRecordForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        byte[]? content = null;
        if (Attachment is null || Attachment.Length == 0)
        {
            ModelState.AddModelError(nameof(Attachment), "请上传证明材料（PDF、JPG 或 PNG，不超过 10 MB）。");
        }
        else
        {
            (content, var refusal) = await EvidenceFiles.ReadAsync(Attachment, "证明材料", cancellationToken);
            if (refusal is not null)
            {
                ModelState.AddModelError(nameof(Attachment), refusal);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var stored = await files.SaveAsync(EvidenceFiles.Category, new MemoryStream(content!), cancellationToken);
        var name = EvidenceFiles.Name(Attachment!);
        var outcome = (await intake.IngestAsync(
            [new CreditRecordInput(Input.Uscc, Input.Class, Input.Type, Input.Source, Input.Date, Input.Reference, Input.EndDate, Input.Summary)],
            CreditChannel.Manual, user.Id, tenant.Id, wholeOrNothing: true, cancellationToken,
            (record, _) => record.Attach(stored.Key, name))).Single();
        if (outcome.Result != IntakeResult.Accepted)
        {
            await files.DeleteAsync(stored.Key, CancellationToken.None);
            ModelState.AddModelError(string.Empty, outcome.Reason!);
            return Page();
        }

        var saved = await HttpContext.RequestServices.GetRequiredService<CreditArchive>().RecordAsync(outcome.RecordId!.Value, cancellationToken);
        return Redirect($"/CreditRisk/Archive/{saved!.OperatorUserId}");
    }
}

/// <summary>The manual entry's fields, as text: the intake checks them like the API's.</summary>
internal sealed class CreditRecordForm
{
    public string? Uscc { get; set; }

    public string? Class { get; set; }

    public string? Type { get; set; }

    public string? Source { get; set; }

    public string? Date { get; set; }

    public string? Reference { get; set; }

    public string? EndDate { get; set; }

    public string? Summary { get; set; }
}

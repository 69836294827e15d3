using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages;

/// <summary>信用信息导入 (city, issue 17 · 1): the template, the import (all or nothing) and every row's result with an error report.</summary>
[Authorize(Policy = CreditRiskPermissions.RecordsImport)]
internal sealed class ImportModel(CreditRecordImport import, ICurrentUser user) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ImportResult? Result { get; private set; }

    public string? ErrorReportHref { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate() => File(CreditRecordImport.Template(), CreditRecordImport.ContentType, CreditRecordImport.TemplateFileName);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null)
        {
            ModelState.AddModelError(nameof(Upload), "请选择要导入的信用信息文件（.xlsx）。");
            return Page();
        }

        await using var content = Upload.OpenReadStream();
        Result = await import.ImportAsync(Upload.FileName, Upload.Length, content, user.Id, cancellationToken);
        if (Result.Problems.Any())
        {
            ErrorReportHref = "data:" + CreditRecordImport.ContentType + ";base64," + Convert.ToBase64String(CreditRecordImport.ErrorReport(Result.Problems));
        }

        return Page();
    }
}

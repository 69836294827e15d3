using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;

namespace PrepaidPlatform.Custody.Areas.Custody.Pages.Statements;

/// <summary>
/// 存管账单导入 (city; issue 12 · 3): for a 存管银行 that cannot call the API, the city imports the bank's statements from the
/// template (.xlsx or .csv). All or nothing: a file with any refused row keeps nothing, and the page lists every row's result.
/// </summary>
[Authorize(Policy = CustodyPermissions.StatementsImport)]
internal sealed class ImportModel(StatementImport import) : PageModel
{
    /// <summary>Rows shown on the page; the error report holds every row that was not stored.</summary>
    public const int ShownRows = 500;

    public IReadOnlyList<CustodyInstitution> Banks { get; private set; } = [];

    [BindProperty]
    public Guid? BankId { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public StatementImportResult? Result { get; private set; }

    public string? BankName { get; private set; }

    /// <summary>The error report as a data URL: it is handed back with the answer, never stored (nothing of a refused file is kept).</summary>
    public string? ErrorReportHref { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Banks = await import.BanksAsync(cancellationToken);

    public IActionResult OnGetTemplate() => File(StatementSheet.Template(), StatementSheet.ContentType, StatementSheet.TemplateFileName);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Banks = await import.BanksAsync(cancellationToken);
        BankName = Banks.FirstOrDefault(b => b.Id == BankId)?.Name;
        if (Upload is null)
        {
            ModelState.AddModelError(nameof(Upload), "请选择要导入的存管账单文件（.xlsx 或 .csv）。");
            return Page();
        }

        await using var content = Upload.OpenReadStream();
        Result = await import.ImportAsync(BankId ?? Guid.Empty, Upload.FileName, Upload.Length, content, cancellationToken);
        if (Result.Problems.Any())
        {
            ErrorReportHref = "data:" + StatementSheet.ContentType + ";base64," + Convert.ToBase64String(StatementSheet.ErrorReport(Result.Problems));
        }

        return Page();
    }
}

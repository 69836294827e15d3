using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Reporting.Application;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Reports;

/// <summary>
/// 填报数据 (填报流程 2): the form of one period with the 指标解释 as help. A refused submit shows every message with the
/// form as typed and saves nothing; a saved one returns to the periods table (待核对, or 已退回 with the reason).
/// </summary>
[Authorize(Policy = ReportingPermissions.ReportsFile)]
internal sealed class FileModel(QuarterlyReporting reporting) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Quarter { get; set; }

    [BindProperty]
    public ReportForm Input { get; set; } = new();

    public CustodyReportingOperator? Operator { get; private set; }

    public ReportPeriod Period => new(Year, Quarter);

    /// <summary>Why the period cannot be filed now (提示(1), (3)); the form is not shown.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The returned report being corrected, with its reason.</summary>
    public QuarterlyReport? Returned { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Returned is not null)
        {
            Input = ReportForm.From(Returned.Figures, Returned.DifferenceReason);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Refusal is not null)
        {
            return Page();
        }

        var outcome = await reporting.SubmitAsync(Period, Input, cancellationToken);
        if (!outcome.Saved)
        {
            Errors = outcome.Errors;
            return Page();
        }

        return Redirect("/Reporting/Reports");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (Quarter is < 1 or > 4 || Year is < 2000 or > 2100)
        {
            return false;
        }

        Operator = await reporting.OperatorAsync(cancellationToken);
        if (Operator is null)
        {
            Refusal = QuarterlyReporting.NotFiledMessage;
            return true;
        }

        Refusal = await reporting.CheckPeriodAsync(Operator, Period, cancellationToken);
        Returned = await reporting.FindAsync(Operator, Period, cancellationToken) is { Status: ReportStatus.Returned } r ? r : null;
        return true;
    }
}

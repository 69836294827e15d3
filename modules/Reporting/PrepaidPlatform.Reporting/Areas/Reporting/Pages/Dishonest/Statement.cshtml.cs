using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PrepaidPlatform.Reporting.Application.Dishonest;
using PrepaidPlatform.Reporting.Domain.Dishonest;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Dishonest;

/// <summary>
/// 半年度财务会计报表 of one half-year: the audited statement as a PDF, checked by its content before anything is kept; a
/// refused file leaves nothing behind and the page says why.
/// </summary>
[Authorize(Policy = ReportingPermissions.ReportsFile)]
[RequestSizeLimit(DishonestReporting.StatementMaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = DishonestReporting.StatementMaxBytes + 1024 * 1024)]
internal sealed class StatementModel(DishonestReporting reporting) : DishonestPeriodPageModel(reporting)
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    /// <summary>1 上半年, 2 下半年.</summary>
    [BindProperty(SupportsGet = true)]
    public int Half { get; set; }

    [BindProperty]
    public IFormFile? Statement { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

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

        await using var content = Statement?.OpenReadStream();
        Errors = await Reporting.SubmitStatementAsync(Period, content, Statement?.FileName, cancellationToken);
        return Errors.Count > 0 ? Page() : Redirect("/Reporting/Dishonest");
    }

    private Task<bool> LoadAsync(CancellationToken cancellationToken) => LoadAsync(DishonestDuty.HalfYear, Year, Half, cancellationToken);
}
